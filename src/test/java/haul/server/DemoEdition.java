package haul.server;

import haul.reference.Agency;
import haul.reference.ReferenceData;
import haul.reference.Region;
import haul.store.EditionFixture;
import haul.testing.DemoFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The demo's real 2021/22 edition (its tables, charts, stories, workbook, bulletin and manifest,
 * as {@code haul demo} wrote them) served by a {@link TestServer}, and the paths of every page a
 * reader of the dashboard can reach.
 */
final class DemoEdition {

  private DemoEdition() {}

  /** The edition's files by stored name ({@code tables/seizures_by_agency.csv}, {@code bulletin.html}, ...). */
  static Map<String, byte[]> files() {
    Path out = DemoFixture.out();
    Map<String, byte[]> files = new TreeMap<>();
    try {
      for (String folder : new String[] {"tables", "charts", "stories"}) {
        try (Stream<Path> paths = Files.list(out.resolve(folder))) {
          for (Path p : paths.toList()) {
            files.put(folder + "/" + p.getFileName(), Files.readAllBytes(p));
          }
        }
      }
      for (String name : new String[] {"haul-tables-2021-22.ods", "bulletin.html", "bulletin.json", "manifest.json"}) {
        files.put(name, Files.readAllBytes(out.resolve(name)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** A server (not yet started) over a new store in {@code dir} holding the demo's edition, public. */
  static TestServer server(Path dir) {
    TestServer test = TestServer.empty(dir);
    EditionFixture.insert(test.store, TestServer.YEAR, 1, TestServer.PUBLISHED, files());
    return test;
  }

  /** Every dashboard page: home, downloads, each agency's and each region's page. */
  static List<String> dashboardPages() {
    List<String> pages = new ArrayList<>(List.of("/", "/downloads"));
    ReferenceData reference = ReferenceData.bundled();
    reference.agencies().all().stream().map(Agency::code).map(code -> "/agencies/" + code).forEach(pages::add);
    reference.regions().stream().map(Region::slug).map(slug -> "/regions/" + slug).forEach(pages::add);
    return pages;
  }
}
