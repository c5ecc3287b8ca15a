package haul.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard over the demo's real edition files: the bulletin linked and served, the footer from the metadata. */
class DashboardReleaseTest {

  @TempDir Path dir;

  @Test
  void theHomePageLinksTheBulletinAndEveryPageCarriesTheReleasesSourceContactAndLicence() throws Exception {
    try (TestServer running = DemoEdition.server(dir).start()) {
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
