package haul.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code haul restore}: reads a {@link ParquetExport} into an empty store of either kind, in one
 * transaction, and moves the store's sequences past the ids it restored. The reference tables
 * ({@code ref_*}) are not restored: every store holds the reference data of the haul that opens it.
 */
public final class ParquetRestore {

  private ParquetRestore() {}

  /**
   * Restores the export in {@code folder} into {@code store}.
   *
   * @return the tables restored, by name
   * @throws RestoreRefusedException when the store holds data, or the folder is no export of this
   *     schema version; nothing is changed then
   */
  public static List<ExportedTable> restore(Store store, Path folder) {
    Manifest manifest = Manifest.read(folder);
    int version = store.schemaVersion();
    if (manifest.schemaVersion() != version) {
      throw new RestoreRefusedException("cannot restore " + folder + " into " + store.location() + ": the export has"
          + " schema version " + manifest.schemaVersion() + " and the store " + version
          + ": restore with the haul that exported it");
    }
    return store.atomically(() -> store.run(connection -> {
      Dialect dialect = store.dialect();
      List<String> tables = ParquetExport.tables(connection, dialect);
      // No one may write between the check that the store is empty and the restore's commit.
      dialect.lockAgainstWriters(connection, tables.stream().filter(t -> !isReference(t)).toList());
      for (String table : tables) {
        long rows = isReference(table) ? 0 : count(connection, "SELECT count(*) FROM " + table);
        if (rows > 0) {
          throw new RestoreRefusedException("cannot restore into " + store.location() + ": the store is not empty ("
              + table + " holds " + rows + (rows == 1 ? " row" : " rows") + "); restore needs a new, empty store");
        }
      }
      List<ExportedTable> restored = new ArrayList<>();
      for (Map.Entry<String, Long> entry : manifest.tables().entrySet()) {
        String table = entry.getKey();
        if (isReference(table)) {
          continue;
        }
        if (!tables.contains(table)) {
          throw new RestoreRefusedException("cannot restore " + folder + ": it has table " + table
              + ", which the store has not");
        }
        Path file = folder.resolve(table + ".parquet");
        if (!Files.isRegularFile(file)) {
          throw new RestoreRefusedException("cannot restore " + folder + ": " + file.getFileName()
              + " is missing, and " + ParquetExport.MANIFEST + " names it");
        }
        long rows = dialect.readParquet(connection, table, ParquetExport.columns(connection, table), file);
        if (rows != entry.getValue()) {
          throw new RestoreRefusedException("cannot restore " + folder + ": " + file.getFileName() + " holds " + rows
              + " rows and " + ParquetExport.MANIFEST + " says " + entry.getValue());
        }
        restored.add(new ExportedTable(table, rows));
      }
      advanceSequences(connection, dialect);
      return restored;
    }));
  }

  private static boolean isReference(String table) {
    return table.startsWith("ref_");
  }

  /**
   * The ids each sequence gives, as {@code table.column}: after a restore each sequence moves past
   * the largest. A migration that adds a sequence adds it here (StoreTest checks that none is missing).
   */
  static final Map<String, String> SEQUENCE_IDS = Map.of(
      "import_id_seq", "import_log.import_id",
      "note_id_seq", "note.note_id",
      "api_token_id_seq", "api_token.token_id",
      "api_submission_id_seq", "api_submission.submission_id",
      "newsroom_view_id_seq", "newsroom_view.view_id");

  private static void advanceSequences(Connection connection, Dialect dialect) throws SQLException {
    for (String sequence : dialect.sequences(connection)) {
      String ids = SEQUENCE_IDS.get(sequence);
      if (ids == null) {
        throw new IllegalStateException("sequence " + sequence + " is missing from ParquetRestore.SEQUENCE_IDS");
      }
      String[] tableColumn = ids.split("\\.");
      long max = count(connection, "SELECT coalesce(max(" + tableColumn[1] + "), 0) FROM " + tableColumn[0]);
      if (max > 0) {
        dialect.advanceSequence(connection, sequence, max);
      }
    }
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** What {@link ParquetExport} wrote in its manifest. */
  private record Manifest(int schemaVersion, Map<String, Long> tables) {

    static Manifest read(Path folder) {
      Path file = folder.resolve(ParquetExport.MANIFEST);
      if (!Files.isRegularFile(file)) {
        throw new RestoreRefusedException("cannot restore " + folder + ": it is not a haul export (no "
            + ParquetExport.MANIFEST + ")");
      }
      List<String> lines;
      try {
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
      }
      Integer version = null;
      Map<String, Long> tables = new LinkedHashMap<>();
      for (String line : lines) {
        String[] words = line.strip().split(" ");
        try {
          if (words[0].equals("schema_version") && words.length == 2) {
            version = Integer.parseInt(words[1]);
          } else if (words[0].equals("table") && words.length == 3) {
            tables.put(words[1], Long.parseLong(words[2]));
          } else if (!line.isBlank() && !line.startsWith("#")) {
            throw new NumberFormatException();
          }
        } catch (NumberFormatException e) {
          throw new RestoreRefusedException("cannot restore " + folder + ": " + ParquetExport.MANIFEST
              + " has a line haul cannot read: " + line);
        }
      }
      if (version == null) {
        throw new RestoreRefusedException("cannot restore " + folder + ": " + ParquetExport.MANIFEST
            + " does not give the schema_version");
      }
      return new Manifest(version, tables);
    }
  }
}
