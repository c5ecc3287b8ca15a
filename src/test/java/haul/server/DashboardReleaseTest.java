package haul.server;

import static org.assertj.core.api.Assertions.assertThat;

import haul.store.EditionFixture;
import haul.testing.DemoFixture;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard over the demo's real edition files: the bulletin linked and served, the footer from the metadata. */
class DashboardReleaseTest {

  @TempDir Path dir;

  private static Map<String, byte[]> demoEditionFiles() throws IOException {
    Path out = DemoFixture.out();
    Map<String, byte[]> files = new TreeMap<>();
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
    return files;
  }

  @Test
  void theHomePageLinksTheBulletinAndEveryPageCarriesTheReleasesSourceContactAndLicence() throws Exception {
    TestServer test = TestServer.empty(dir);
    EditionFixture.insert(test.store, TestServer.YEAR, 1, TestServer.PUBLISHED, demoEditionFiles());
    try (TestServer running = test.start()) {
      String home = running.get("/").body();
      assertThat(home).contains("href=\"/api/releases/2021-22/files/bulletin.html\"");
      for (String path : new String[] {"/", "/agencies/kent", "/regions/london", "/downloads"}) {
        assertThat(running.get(path).body()).as(path).contains(
            "Source: haul demo data, calibrated to published Home Office figures.",
            "href=\"mailto:haul-demo@example.org\"", "Licence: Open Government Licence v3.0");
      }
      HttpResponse<String> bulletin = running.get("/api/releases/2021-22/files/bulletin.html");
      assertThat(bulletin.statusCode()).isEqualTo(200);
      assertThat(bulletin.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
      assertThat(bulletin.body()).contains("Key findings");
      assertThat(running.get("/downloads").body()).contains("The statistical bulletin (HTML page, ");
    }
  }
}
