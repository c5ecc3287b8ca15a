package haul.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Agencies submit returns over HTTP with their tokens; the answer is the import report. */
class ReturnsApiTest {

  private static final String HEADER = "agency,seizure_id,seizure_date,drug,quantity,unit\n";

  @TempDir Path dir;
  TestServer test;
  String kent;

  @BeforeEach
  void start() {
    test = TestServer.withStandardEdition(dir);
    kent = "Bearer " + test.token(Optional.of("kent"));
    test.start();
  }

  @AfterEach
  void stop() {
    test.close();
  }

  private HttpResponse<String> submit(String authorization, String query, String csv) {
    HttpRequest.Builder request = HttpRequest.newBuilder(test.uri("/api/returns" + query))
        .header("Content-Type", "text/csv; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(csv));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return test.send(request.build());
  }

  /** Issue 14.9: the agency check comes before the same-content check. */
  @Test
  void anotherAgencysTokenPostingBytesImportedForKentGets403NotSkipped() {
    String csv = HEADER + "kent,K-1,2022-01-10,Cocaine,12.5,g\n";
    assertThat(submit(kent, "", csv).statusCode()).isEqualTo(200);
    String cheshire = "Bearer " + test.token(Optional.of("cheshire"));

    HttpResponse<String> response = submit(cheshire, "", csv);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
    assertThat(response.body()).doesNotContain("skipped:").doesNotContain("imported before")
        .contains("\"skipped_files\":[]")
        .contains("\"row\":2,\"column\":\"agency\",\"code\":\"AGENCY_NOT_PERMITTED\"");
    assertThat(submit(kent, "", csv).statusCode()).as("Kent's own resubmission is still skipped").isEqualTo(200);
  }

  @Test
  void aValidReturnLoadsAndTheReportSaysSo() {
    HttpResponse<String> response = submit(kent, "",
        HEADER + "kent,K-1,2022-01-10,Cocaine,12.5,g\nKent Police,K-2,2022-02-01,Herbal cannabis,,\n");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Map<String, Object> report = TestServer.json(response);
    assertThat(report).containsEntry("rows_read", 2).containsEntry("accepted", 2).containsEntry("rejected", 0)
        .containsEntry("errors", List.of());
    assertThat(response.body()).startsWith("{\"files\":[\"upload-kent-20230501T120000Z.csv\"],\"rows_read\":2,");
  }

  @Test
  void aReturnWithBadRowsIsRefusedWith422AndEveryRowNumber() {
    HttpResponse<String> response = submit(kent, "",
        HEADER + "kent,K-1,2022-01-10,Cocaine,12.5,g\nkent,K-2,2022-01-11,Cocaine,-3,g\nkent,K-3,2022-01-12,Moonrock,1,g\n");
    assertThat(response.statusCode()).isEqualTo(422);
    Map<String, Object> report = TestServer.json(response);
    assertThat(report).containsEntry("accepted", 0).containsEntry("rejected", 2);
    assertThat(response.body())
        .contains("\"row\":3,\"column\":\"quantity\",\"code\":\"NEGATIVE_QUANTITY\"")
        .contains("\"row\":4,\"column\":\"drug\",\"code\":\"UNKNOWN_DRUG\"");

    HttpResponse<String> partial = submit(kent, "?partial=true",
        HEADER + "kent,K-1,2022-01-10,Cocaine,12.5,g\nkent,K-2,2022-01-11,Cocaine,-3,g\n");
    assertThat(partial.statusCode()).isEqualTo(200);
    assertThat(TestServer.json(partial)).containsEntry("accepted", 1).containsEntry("rejected", 1);
  }

  @Test
  void anAgencyTokenMayNotSubmitAnotherAgencysRowsEvenWithPartial() {
    HttpResponse<String> response = submit(kent, "?partial=true",
        HEADER + "kent,K-1,2022-01-10,Cocaine,12.5,g\nthames-valley,T-1,2022-01-10,Cocaine,1,g\n");
    assertThat(response.statusCode()).isEqualTo(403);
    Map<String, Object> body = TestServer.json(response);
    assertThat(body).containsEntry("status", 403);
    assertThat(response.body()).contains("\"row\":3,\"column\":\"agency\",\"code\":\"AGENCY_NOT_PERMITTED\"");
    assertThat(((Map<?, ?>) body.get("report")).get("accepted")).isEqualTo(0);

    String admin = "Bearer " + test.token(Optional.empty());
    assertThat(submit(admin, "", HEADER + "kent,K-1,2022-01-10,Cocaine,12.5,g\nthames-valley,T-1,2022-01-10,Cocaine,1,g\n").statusCode())
        .as("an admin token submits for any agency").isEqualTo(200);
  }

  @Test
  void anEditorTokenMayNeitherSubmitNorReadReturns() {
    String editor = "Bearer " + new haul.store.Tokens(test.store)
        .issue(haul.store.TokenRole.EDITOR, Optional.empty(), "A. Editor", TestServer.NOW).secret();
    HttpResponse<String> submitted = submit(editor, "", HEADER + "kent,K-1,2022-01-10,Cocaine,12.5,g\n");
    assertThat(submitted.statusCode()).as("an editor is not an admin").isEqualTo(403);
    assertThat(test.get("/api/returns", "Authorization", editor).statusCode()).isEqualTo(403);
    assertThat(test.get("/api/returns", "Authorization", kent).statusCode()).as("an agency still reads its own").isEqualTo(200);
  }

  @Test
  void noTokenAWrongTokenAWrongTypeOrABadFlagAreRefused() {
    String csv = HEADER + "kent,K-1,2022-01-10,Cocaine,12.5,g\n";
    assertThat(submit(null, "", csv).statusCode()).isEqualTo(401);
    assertThat(submit("Bearer nope", "", csv).statusCode()).isEqualTo(401);
    assertThat(submit(kent, "?partial=yes", csv).statusCode()).isEqualTo(400);
    HttpResponse<String> json = test.send(HttpRequest.newBuilder(test.uri("/api/returns"))
        .header("Authorization", kent).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
    assertThat(json.statusCode()).isEqualTo(415);
    ApiRefusalTest.assertJsonError(json, 415);
    assertThat(test.get("/api/returns").statusCode()).isEqualTo(401);
  }

  @Test
  void anAgencySeesItsOwnSubmissionsRefusedOnesIncluded() {
    submit(kent, "", HEADER + "kent,K-1,2022-01-10,Cocaine,-1,g\n");
    submit(kent, "", HEADER + "kent,K-1,2022-01-10,Cocaine,1,g\n");
    String thamesValley = "Bearer " + test.token(Optional.of("thames-valley"));
    submit(thamesValley, "", HEADER + "thames-valley,T-1,2022-01-10,Cocaine,1,g\n");
    HttpResponse<String> mine = test.get("/api/returns", "Authorization", kent);
    assertThat(mine.statusCode()).isEqualTo(200);
    assertThat(mine.body())
        .contains("\"outcome\":\"refused\",\"status\":422")
        .contains("\"outcome\":\"loaded\",\"status\":200")
        .contains("NEGATIVE_QUANTITY")
        .doesNotContain("thames-valley");
  }
}
