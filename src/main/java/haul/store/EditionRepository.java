package haul.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Editions and the files each one wrote (bytes and SHA-256), so that every edition stays readable
 * after later ones. Times are stored in UTC. A withdrawn edition stays, with its number and files:
 * the "latest" and "revises" questions skip it, numbering does not.
 */
public final class EditionRepository {

  private static final String COLUMNS =
      "financial_year_end, edition_number, created_at, public_at, data_fingerprint, reference_fingerprint, withdrawn_at";

  private final Store store;

  public EditionRepository(Store store) {
    this.store = store;
  }

  /** Every edition of a year, oldest first. */
  public List<EditionRecord> editions(int financialYearEnd) {
    return query("SELECT " + COLUMNS + " FROM edition WHERE financial_year_end = ? ORDER BY edition_number",
        financialYearEnd);
  }

  /** Every edition of every year, by year then number. */
  public List<EditionRecord> all() {
    return query("SELECT " + COLUMNS + " FROM edition ORDER BY financial_year_end, edition_number");
  }

  /** One edition. */
  public Optional<EditionRecord> edition(int financialYearEnd, int number) {
    return editions(financialYearEnd).stream().filter(e -> e.number() == number).findFirst();
  }

  /** The latest edition of a year that was not withdrawn. */
  public Optional<EditionRecord> latest(int financialYearEnd) {
    List<EditionRecord> editions = editions(financialYearEnd).stream().filter(e -> !e.withdrawn()).toList();
    return editions.isEmpty() ? Optional.empty() : Optional.of(editions.get(editions.size() - 1));
  }

  /**
   * The edition a new release of a year revises: the latest of that year, or else the latest of
   * the nearest earlier year (whose tables hold the same earlier years); never a withdrawn one.
   */
  public Optional<EditionRecord> latestUpTo(int financialYearEnd) {
    List<EditionRecord> editions = query("SELECT " + COLUMNS + " FROM edition WHERE financial_year_end <= ?"
        + " AND withdrawn_at IS NULL ORDER BY financial_year_end DESC, edition_number DESC LIMIT 1", financialYearEnd);
    return editions.stream().findFirst();
  }

  /** The editions of a year or earlier years still embargoed at a time (not withdrawn), by year then number. */
  public List<EditionRecord> embargoedUpTo(int financialYearEnd, Instant now) {
    return query("SELECT " + COLUMNS + " FROM edition WHERE financial_year_end <= ? AND withdrawn_at IS NULL"
        + " ORDER BY financial_year_end, edition_number", financialYearEnd).stream()
        .filter(e -> e.embargoedAt(now)).toList();
  }

  /**
   * Moves an edition's time and replaces the files that state it (the manifest, the workbook), in
   * one transaction.
   */
  public void postpone(EditionRecord moved, Map<String, byte[]> files) {
    store.runAtomically(c -> {
      try (PreparedStatement update = c.prepareStatement(
          "UPDATE edition SET public_at = ? WHERE financial_year_end = ? AND edition_number = ? AND withdrawn_at IS NULL")) {
        update.setObject(1, utc(moved.publicAt()));
        update.setInt(2, moved.financialYearEnd());
        update.setInt(3, moved.number());
        if (update.executeUpdate() != 1) {
          throw new StoreException("edition " + moved.number() + " of " + moved.financialYearEnd()
              + " was withdrawn by another process at the same time");
        }
      }
      try (PreparedStatement update = c.prepareStatement("UPDATE edition_file SET content = ?, sha256 = ?"
          + " WHERE financial_year_end = ? AND edition_number = ? AND name = ?")) {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
          update.setBytes(1, file.getValue());
          update.setString(2, sha256(file.getValue()));
          update.setInt(3, moved.financialYearEnd());
          update.setInt(4, moved.number());
          update.setString(5, file.getKey());
          if (update.executeUpdate() != 1) {
            throw new IllegalStateException("edition " + moved.number() + " has no file " + file.getKey());
          }
        }
      }
      return null;
    });
  }

  /** Marks an edition withdrawn at a time; it keeps its number and files. */
  public EditionRecord withdraw(EditionRecord edition, Instant now) {
    store.runAtomically(c -> {
      try (PreparedStatement update = c.prepareStatement("UPDATE edition SET withdrawn_at = ?"
          + " WHERE financial_year_end = ? AND edition_number = ? AND withdrawn_at IS NULL")) {
        update.setObject(1, utc(now));
        update.setInt(2, edition.financialYearEnd());
        update.setInt(3, edition.number());
        update.executeUpdate();
      }
      return null;
    });
    return edition(edition.financialYearEnd(), edition.number()).orElseThrow();
  }

  /** The files of an edition by name, in name order. */
  public Map<String, byte[]> files(int financialYearEnd, int number) {
    return store.run(c -> {
      Map<String, byte[]> files = new LinkedHashMap<>();
      try (PreparedStatement query = c.prepareStatement(
          "SELECT name, content FROM edition_file WHERE financial_year_end = ? AND edition_number = ?"
              + " ORDER BY name COLLATE \"C\"")) {
        query.setInt(1, financialYearEnd);
        query.setInt(2, number);
        try (ResultSet rs = query.executeQuery()) {
          while (rs.next()) {
            files.put(rs.getString(1), rs.getBytes(2));
          }
        }
      }
      return files;
    });
  }

  /** The number the next edition of a year will have: after every one, withdrawn ones too. */
  public int nextNumber(int financialYearEnd) {
    List<EditionRecord> editions = editions(financialYearEnd);
    return editions.isEmpty() ? 1 : editions.get(editions.size() - 1).number() + 1;
  }

  /**
   * Records a new edition with all its files, in one transaction.
   *
   * @throws StoreException when the edition's number is not the next of its year
   */
  public void create(EditionRecord edition, Map<String, byte[]> files) {
    store.runAtomically(c -> {
      int expected = nextNumber(edition.financialYearEnd());
      if (edition.number() != expected) {
        throw new StoreException("edition " + edition.number() + " of " + edition.financialYearEnd()
            + " is not the next one (" + expected + "): another publish ran at the same time; publish again");
      }
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO edition (financial_year_end, edition_number,"
          + " created_at, public_at, data_fingerprint, reference_fingerprint) VALUES (?, ?, ?, ?, ?, ?)")) {
        insert.setInt(1, edition.financialYearEnd());
        insert.setInt(2, edition.number());
        insert.setObject(3, utc(edition.createdAt()));
        insert.setObject(4, utc(edition.publicAt()));
        insert.setString(5, edition.dataFingerprint());
        insert.setString(6, edition.referenceFingerprint());
        insert.executeUpdate();
      } catch (SQLException e) {
        if ("23505".equals(e.getSQLState())) {
          throw new StoreException("edition " + edition.number() + " of " + edition.financialYearEnd()
              + " was made by another publish at the same time; publish again", e);
        }
        throw e;
      }
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO edition_file VALUES (?, ?, ?, ?, ?)")) {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
          insert.setInt(1, edition.financialYearEnd());
          insert.setInt(2, edition.number());
          insert.setString(3, file.getKey());
          insert.setBytes(4, file.getValue());
          insert.setString(5, sha256(file.getValue()));
          insert.addBatch();
        }
        insert.executeBatch();
      }
      return null;
    });
  }

  /** Hex SHA-256 of bytes, as edition files and manifests give it. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Hex SHA-256 of a UTF-8 string. */
  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  private List<EditionRecord> query(String sql, int... parameters) {
    return store.run(c -> {
      List<EditionRecord> editions = new ArrayList<>();
      try (PreparedStatement query = c.prepareStatement(sql)) {
        for (int i = 0; i < parameters.length; i++) {
          query.setInt(i + 1, parameters[i]);
        }
        try (ResultSet rs = query.executeQuery()) {
          while (rs.next()) {
            editions.add(read(rs));
          }
        }
      }
      return editions;
    });
  }

  private static EditionRecord read(ResultSet rs) throws SQLException {
    return new EditionRecord(rs.getInt(1), rs.getInt(2), instant(rs.getObject(3, LocalDateTime.class)),
        instant(rs.getObject(4, LocalDateTime.class)), rs.getString(5), rs.getString(6),
        Optional.ofNullable(rs.getObject(7, LocalDateTime.class)).map(EditionRepository::instant));
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Instant instant(LocalDateTime utc) {
    return utc.toInstant(ZoneOffset.UTC);
  }
}
