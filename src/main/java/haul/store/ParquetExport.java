package haul.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code haul export}: every table of a store, one Parquet file each ({@code <table>.parquet}),
 * from one snapshot, and a manifest ({@value #MANIFEST}) naming the schema version and each
 * table's rows. Whichever engine holds the store, the files have DuckDB's column types (DECIMAL(38,9),
 * TIMESTAMP, BLOB), so an export of a DuckDB store and of a PostgreSQL store holding the same
 * data are the same data. {@link ParquetRestore} reads them back.
 */
public final class ParquetExport {

  /** The manifest file of an export. */
  public static final String MANIFEST = "haul-export.txt";

  private ParquetExport() {}

  /**
   * Writes the store into {@code folder}, which must be missing or empty.
   *
   * @return the tables written, by name
   */
  public static List<ExportedTable> export(Store store, Path folder) {
    prepare(folder);
    int[] schemaVersion = new int[1];
    List<ExportedTable> written = store.atomically(() -> store.run(connection -> {
      store.dialect().beginSnapshot(connection);
      schemaVersion[0] = store.dialect().schemaVersion(connection);
      List<ExportedTable> tables = new ArrayList<>();
      for (String table : tables(connection, store.dialect())) {
        long rows = store.dialect().writeParquet(connection, table, columns(connection, table),
            folder.resolve(table + ".parquet"));
        tables.add(new ExportedTable(table, rows));
      }
      return tables;
    }));
    writeManifest(folder, schemaVersion[0], written);
    return written;
  }

  private static void prepare(Path folder) {
    try {
      if (Files.exists(folder) && !Files.isDirectory(folder)) {
        throw new StoreException("cannot export to " + folder + ": it is a file, not a folder");
      }
      if (Files.isDirectory(folder)) {
        try (Stream<Path> entries = Files.list(folder)) {
          if (entries.findAny().isPresent()) {
            throw new StoreException("cannot export to " + folder + ": the folder is not empty;"
                + " export into a new or empty folder, so that no file of another export is mixed in");
          }
        }
      }
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new StoreException("cannot export to " + folder + ": " + e.getMessage(), e);
    }
  }

  private static void writeManifest(Path folder, int schemaVersion, List<ExportedTable> tables) {
    StringBuilder text = new StringBuilder();
    text.append("# haul export: one Parquet file per table of the store\n");
    text.append("schema_version ").append(schemaVersion).append('\n');
    for (ExportedTable table : tables) {
      text.append("table ").append(table.table()).append(' ').append(table.rows()).append('\n');
    }
    try {
      Files.writeString(folder.resolve(MANIFEST), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + folder.resolve(MANIFEST), e);
    }
  }

  /** The store's data tables by name: every base table but those recording migrations. */
  static List<String> tables(Connection connection, Dialect dialect) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT table_name FROM information_schema.tables"
            + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name")) {
      while (rs.next()) {
        if (!dialect.bookkeepingTables().contains(rs.getString(1))) {
          tables.add(rs.getString(1));
        }
      }
    }
    return tables;
  }

  /** A table's columns in their order. */
  static List<String> columns(Connection connection, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement("SELECT column_name FROM information_schema.columns"
        + " WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position")) {
      select.setString(1, table);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          columns.add(rs.getString(1));
        }
      }
    }
    return columns;
  }
}
