package haul.server;

import static org.assertj.core.api.Assertions.assertThat;

import haul.store.NotesRepository;
import haul.store.StoredNote;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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

  @Test
  void theDataQualityBoxQuotesTheTextOfTheAgencysNotes() {
    TestServer test = DemoEdition.server(dir);
    new NotesRepository(test.store).addAll(List.of(
        new StoredNote(2022, Optional.of("thames-valley"), "Thames Valley Police has reported very low numbers & more."),
        new StoredNote(2022, Optional.empty(), "Imputation was used for about 7% of seizures.")), TestServer.NOW);
    try (TestServer running = test.start()) {
      String html = running.get("/agencies/thames-valley").body();
      String box = html.substring(html.indexOf("id=\"remarks\""), html.indexOf("</div>", html.indexOf("id=\"remarks\"")));
      assertThat(box).contains("<li>2021/22: \u201cThames Valley Police has reported very low numbers &amp; more.\u201d</li>")
          .as("the store holds no note of 2020/21 on it, so the marker's meaning stands")
          .contains("<li>2020/21: a data-quality note applies (see the notes of the release)</li>")
          .as("a note on the whole release is not the agency's").doesNotContain("Imputation");
    }
  }
}
