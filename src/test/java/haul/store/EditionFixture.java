package haul.store;

import haul.reference.FinancialYear;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Test-only: stores an edition and its files with plain SQL, as publishing would, so the server can
 * be tested without the statistics and publish stages. The standard files are small hand-written
 * tables in DESIGN.md's columns, under {@code src/test/resources/fixtures/edition-2021-22/}.
 */
public final class EditionFixture {

  private EditionFixture() {}

  /** The hand-written 2021/22 edition: the seven tables, a story, a chart, a stand-in ODS. */
  public static Map<String, byte[]> standardFiles() {
    try {
      Path root = Path.of(EditionFixture.class.getResource("/fixtures/edition-2021-22").toURI());
      Map<String, byte[]> files = new TreeMap<>();
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path path : paths.filter(Files::isRegularFile).toList()) {
          files.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
        }
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void insert(Store store, FinancialYear year, int edition, Instant publicAt, Map<String, byte[]> files) {
    store.runAtomically(
        c -> {
          try (PreparedStatement insert = c.prepareStatement("INSERT INTO edition (financial_year_end, edition_number,"
              + " created_at, public_at, data_fingerprint, reference_fingerprint) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setInt(1, year.endYear());
            insert.setInt(2, edition);
            insert.setObject(3, LocalDateTime.ofInstant(publicAt.minusSeconds(86_400), ZoneOffset.UTC));
            insert.setObject(4, LocalDateTime.ofInstant(publicAt, ZoneOffset.UTC));
            insert.setString(5, "data-" + year.endYear() + "-" + edition);
            insert.setString(6, store.reference().fingerprint());
            insert.executeUpdate();
          }
          try (PreparedStatement insert = c.prepareStatement("INSERT INTO edition_file VALUES (?, ?, ?, ?, ?)")) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
              insert.setInt(1, year.endYear());
              insert.setInt(2, edition);
              insert.setString(3, file.getKey());
              insert.setBytes(4, file.getValue());
              insert.setString(5, sha256(file.getValue()));
              insert.executeUpdate();
            }
          }
          return null;
        });
  }

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
