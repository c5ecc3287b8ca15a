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
 * after later ones. Times are stored in UTC.
 */
public final class EditionRepository {

  private static final String COLUMNS =
      "financial_year_end, edition_number, created_at, public_at, data_fingerprint, reference_fingerprint";

  private final Store store;

  public EditionRepository(Store store) {
    this.store = store;
  }

  /** Every edition of a year, oldest first. */
  public List<EditionRecord> editions(int financialYearEnd) {
    return query("SELECT " + COLUMNS + " FROM edition WHERE financial_year_end = ? ORDER BY edition_number",
        financialYearEnd);
  }

  /** The latest edition of a year. */
  public Optional<EditionRecord> latest(int financialYearEnd) {
    List<EditionRecord> editions = editions(financialYearEnd);
    return editions.isEmpty() ? Optional.empty() : Optional.of(editions.get(editions.size() - 1));
  }

  /**
   * The edition a new release of a year revises: the latest of that year, or else the latest of
   * the nearest earlier year (whose tables hold the same earlier years).
   */
  public Optional<EditionRecord> latestUpTo(int financialYearEnd) {
    List<EditionRecord> editions = query("SELECT " + COLUMNS + " FROM edition WHERE financial_year_end <= ?"
        + " ORDER BY financial_year_end DESC, edition_number DESC LIMIT 1", financialYearEnd);
    return editions.stream().findFirst();
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

  /** The number the next edition of a year will have. */
  public int nextNumber(int financialYearEnd) {
    return latest(financialYearEnd).map(e -> e.number() + 1).orElse(1);
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
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO edition VALUES (?, ?, ?, ?, ?, ?)")) {
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

  private List<EditionRecord> query(String sql, int financialYearEnd) {
    return store.run(c -> {
      List<EditionRecord> editions = new ArrayList<>();
      try (PreparedStatement query = c.prepareStatement(sql)) {
        query.setInt(1, financialYearEnd);
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
    return new EditionRecord(rs.getInt(1), rs.getInt(2), instant(rs.getObject(3, LocalDateTime.class)), instant(rs.getObject(4, LocalDateTime.class)),
        rs.getString(5), rs.getString(6));
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Instant instant(LocalDateTime utc) {
    return utc.toInstant(ZoneOffset.UTC);
  }
}
