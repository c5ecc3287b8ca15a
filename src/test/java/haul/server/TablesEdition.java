package haul.server;

import static org.assertj.core.api.Assertions.assertThat;

import haul.ingest.tables.PublishedLocalTables;
import haul.ingest.tables.TableImporter;
import haul.publish.Publisher;
import haul.reference.FinancialYear;
import haul.store.EditionFixture;
import haul.store.Store;
import haul.testing.HomeOfficeTables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A release made from the published tables alone, as the README's walkthrough makes one: every
 * real Home Office table in the repository loaded with the importer of {@code haul import-tables}
 * and 2015/16 published, its edition's files served by a {@link TestServer}. These tables have no
 * rows for the four Welsh forces, and 2014/15's none for Bedfordshire and Hampshire, so its totals
 * lack agencies. Published once per test JVM (about ten seconds).
 */
final class TablesEdition {

  static final FinancialYear YEAR = FinancialYear.parse("2015/16");
  private static Map<String, byte[]> files;

  private TablesEdition() {}

  /** The edition's files by stored name, as {@code haul publish --year 2015/16} kept them. */
  static synchronized Map<String, byte[]> files() {
    if (files == null) {
      try {
        Files.createDirectories(Path.of("target"));
        Path dir = Files.createTempDirectory(Path.of("target"), "tables-edition");
        try (Store store = Store.open(dir.resolve("haul.duckdb").toString())) {
          Clock clock = Clock.fixed(Instant.parse("2023-04-01T09:00:00Z"), ZoneOffset.UTC);
          TableImporter importer = new TableImporter(store, clock);
          for (String file : PublishedLocalTables.FILES) {
            assertThat(importer.importFile(HomeOfficeTables.path(PublishedLocalTables.LOCAL + file), Optional.empty(),
                Optional.empty(), false).errors()).as(file).isEmpty();
          }
          files = Map.copyOf(new Publisher(store, clock).publish(YEAR, Optional.empty(), Optional.empty()).files());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  /** A server (not yet started) over a new store in {@code dir} holding the tables' edition of 2015/16, public. */
  static TestServer server(Path dir) {
    TestServer test = TestServer.empty(dir);
    EditionFixture.insert(test.store, YEAR, 1, TestServer.PUBLISHED, files());
    return test;
  }

  /**
   * The dashboard pages where the missing agencies show: home, downloads, a force with figures,
   * Hampshire (no figures the year before), a Welsh force and region (no figures at all), and
   * the South East (a region lacking a force the year before).
   */
  static List<String> dashboardPages() {
    return List.of("/", "/downloads", "/agencies/kent", "/agencies/hampshire", "/agencies/dyfed-powys", "/agencies/border-force",
        "/regions/south-east", "/regions/wales", "/regions/london");
  }
}
