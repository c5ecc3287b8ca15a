package haul.server;

import static org.assertj.core.api.Assertions.assertThat;

import haul.store.EditionFixture;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Public reads over real HTTP: tables as JSON and CSV, validators, agencies, stories, files. */
class ApiReadTest {

  @TempDir Path dir;
  TestServer test;

  @BeforeEach
  void start() {
    test = TestServer.withStandardEdition(dir).start();
  }

  @AfterEach
  void stop() {
    test.close();
  }

  @Test
  void healthAnswersOk() {
    HttpResponse<String> response = test.get("/health");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"status\":\"ok\",\"editions\":1}");
  }

  @Test
  void listsReleases() {
    HttpResponse<String> response = test.get("/api/releases");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo("[{\"year\":\"2021/22\",\"edition\":1,\"published_at\":\"2023-04-20T08:30:00Z\",\"status\":\"public\"}]");
  }

  @Test
  void aTableAsJsonHasFiguresAsNumbersAndEmptyCellsAsNull() {
    HttpResponse<String> response = test.get("/api/releases/2021-22/tables/changes_by_agency");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(response.body())
        .contains("{\"financial_year\":\"2021/22\",\"agency_code\":\"thames-valley\",\"seizures\":679,"
            + "\"previous_seizures\":1608,\"change\":-929,\"percent_change\":-57.8,\"marker\":null}");
  }

  @Test
  void aTableAsCsvIsTheStoredFileByteForByte() {
    byte[] stored = EditionFixture.standardFiles().get("tables/seizures_by_agency.csv");
    HttpResponse<String> bySuffix = test.get("/api/releases/2021-22/tables/seizures_by_agency.csv");
    HttpResponse<String> byAccept = test.get("/api/releases/2021-22/tables/seizures_by_agency", "Accept", "text/csv");
    for (HttpResponse<String> response : List.of(bySuffix, byAccept)) {
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
      assertThat(response.body()).isEqualTo(new String(stored, StandardCharsets.UTF_8));
      assertThat(response.headers().firstValue("ETag")).hasValue("\"" + EditionFixture.sha256(stored) + "\"");
    }
  }

  @Test
  void anEtagThatMatchesGets304WithoutABody() {
    HttpResponse<String> first = test.get("/api/releases/2021-22/tables/seizures_by_region");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
    HttpResponse<String> again = test.get("/api/releases/2021-22/tables/seizures_by_region", "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    HttpResponse<String> csv = test.get("/api/releases/2021-22/tables/seizures_by_region.csv", "If-None-Match", etag);
    assertThat(csv.statusCode()).as("the CSV is another representation, with its own ETag").isEqualTo(200);
  }

  @Test
  void aNumberedEditionIsReadable() {
    HttpResponse<String> response = test.get("/api/releases/2021-22/editions/1/tables/seizures_by_class.csv");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("financial_year,drug_class,seizures,marker\n2020/21,A,38213,");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=86400");
    assertThat(test.get("/api/releases/2021-22/editions/2/tables/seizures_by_class").statusCode()).isEqualTo(404);
  }

  @Test
  void anAgencyHasBothYearsItsChangeAndItsDrugs() {
    HttpResponse<String> response = test.get("/api/releases/2021-22/agencies/thames-valley");
    assertThat(response.statusCode()).isEqualTo(200);
    Map<String, Object> body = TestServer.json(response);
    assertThat(body.get("agency")).isEqualTo(Map.of(
        "code", "thames-valley", "name", "Thames Valley", "full_name", "Thames Valley Police",
        "agency_type", "territorial", "region", "South East"));
    assertThat(response.body()).contains(
        "\"seizures\":[{\"financial_year\":\"2020/21\",\"agency_code\":\"thames-valley\",\"agency_name\":\"Thames Valley\","
            + "\"agency_type\":\"territorial\",\"region\":\"South East\",\"seizures\":1608,\"marker\":null},"
            + "{\"financial_year\":\"2021/22\"");
    assertThat(response.body()).contains("\"change\":{\"financial_year\":\"2021/22\",\"agency_code\":\"thames-valley\",\"seizures\":679,");
    assertThat((List<?>) body.get("drugs")).hasSize(6);
  }

  @Test
  void aStoryAsJsonHtmlAndMarkdown() {
    HttpResponse<String> json = test.get("/api/releases/2021-22/stories/thames-valley");
    assertThat(json.statusCode()).isEqualTo(200);
    String headline = (String) TestServer.json(json).get("headline");
    assertThat(headline).contains("Thames Valley Police");
    String markdown = test.get("/api/releases/2021-22/stories/thames-valley.md").body();
    // the sidecar's warnings, when there are any, open the copy in a comment; then the headline
    assertThat(markdown.startsWith("<!--") ? markdown.substring(markdown.indexOf("-->\n\n") + 5) : markdown)
        .as("the Markdown story opens with the sidecar's headline").startsWith("# " + headline + "\n");
    HttpResponse<String> html = test.get("/api/releases/2021-22/stories/thames-valley.html");
    assertThat(html.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
    assertThat(html.body()).contains("<p>Thames Valley Police made 679 drug seizures");
    assertThat(test.get("/api/releases/2021-22/stories/kent").statusCode()).isEqualTo(404);
  }

  @Test
  void theWorkbookAndChartFiles() {
    HttpResponse<String> ods = test.get("/api/releases/2021-22/files/haul-tables-2021-22.ods");
    assertThat(ods.statusCode()).isEqualTo(200);
    assertThat(ods.headers().firstValue("Content-Type")).hasValue("application/vnd.oasis.opendocument.spreadsheet");
    assertThat(ods.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"haul-tables-2021-22.ods\"");
    HttpResponse<String> svg = test.get("/api/releases/2021-22/files/charts/seizures-over-time.svg");
    assertThat(svg.statusCode()).isEqualTo(200);
    assertThat(svg.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
    assertThat(test.get("/api/releases/2021-22/files/charts/nothing.svg").statusCode()).isEqualTo(404);
  }
}
