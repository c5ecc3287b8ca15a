package haul.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statistics team's work over HTTP while the server holds the store: a return submitted with
 * an admin token, a note, a publish, a published table; each refused without an admin token.
 */
class AdminRoutesTest {

  private static final String HEADER = "agency,seizure_id,seizure_date,drug,quantity,unit\n";

  @TempDir Path dir;
  private TestServer server;
  private String admin;
  private String kent;

  @BeforeEach
  void start() {
    server = TestServer.empty(dir);
    admin = server.token(Optional.empty());
    kent = server.token(Optional.of("kent"));
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> post(String path, String token, String contentType, String body) {
    return server.send(HttpRequest.newBuilder(server.uri(path))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build());
  }

  @Test
  void anAdminSubmitsANoteAndPublishesAndThePublicReadsTheEdition() {
    HttpResponse<String> submitted = post("/api/returns", admin, "text/csv",
        HEADER + "kent,K-1,2022-01-10,Cocaine,12.5,g\nessex,E-1,2022-02-01,Herbal cannabis,3,kg\n");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);

    HttpResponse<String> note = post("/api/notes", admin, "application/json",
        "{\"year\": \"2021/22\", \"agency\": \"kent\", \"text\": \"Kent changed its recording system in June.\"}");
    assertThat(note.statusCode()).as(note.body()).isEqualTo(201);
    assertThat(TestServer.json(note)).containsEntry("agency", "kent").containsEntry("year", "2021/22");

    HttpResponse<String> published = post("/api/releases/2021-22/publish", admin, "application/json", "");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
    assertThat(TestServer.json(published)).containsEntry("edition", 1).containsEntry("created", true);

    HttpResponse<String> table = server.get("/api/releases/2021-22/tables/seizures_by_agency.csv");
    assertThat(table.statusCode()).isEqualTo(200);
    assertThat(table.body()).contains("2021/22,kent,Kent,territorial,South East,1,n")
        .contains("2021/22,essex,Essex,territorial,East of England,1,");
    assertThat(server.get("/api/releases/2021-22/stories/kent").body()).contains("Kent Police");
  }

  @Test
  void anEmbargoedPublishIsHiddenFromThePublic() {
    post("/api/returns", admin, "text/csv", HEADER + "kent,K-1,2022-01-10,Cocaine,12.5,g\n");
    HttpResponse<String> published = post("/api/releases/2021-22/publish", admin, "application/json",
        "{\"at\": \"2023-06-01T09:30\"}");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
    assertThat(TestServer.json(published)).containsEntry("public_at", "2023-06-01T08:30:00Z");
    assertThat(server.get("/api/releases/2021-22/tables/seizures_by_agency").statusCode()).isEqualTo(404);
  }

  /** Absent means public now; a null "at" is refused, as is a time no store can hold; nothing is published. */
  @Test
  void aNullOrUnholdableTimeIsRefusedAndNothingIsPublished() {
    post("/api/returns", admin, "text/csv", HEADER + "kent,K-1,2022-01-10,Cocaine,12.5,g\n");
    HttpResponse<String> nullAt = post("/api/releases/2021-22/publish", admin, "application/json", "{\"at\": null}");
    assertThat(nullAt.statusCode()).as(nullAt.body()).isEqualTo(400);
    assertThat(TestServer.json(nullAt).get("error").toString()).contains("leave it out to publish at once");
    HttpResponse<String> farAway = post("/api/releases/2021-22/publish", admin, "application/json",
        "{\"at\": \"+999999999-12-31T23:59\"}");
    assertThat(farAway.statusCode()).as(farAway.body()).isEqualTo(400);
    assertThat(TestServer.json(farAway).get("error").toString()).contains("from 1970 to 9999");
    assertThat(server.get("/api/releases", "Authorization", "Bearer " + admin).body()).isEqualTo("[]");

    HttpResponse<String> absent = post("/api/releases/2021-22/publish", admin, "application/json", "{}");
    assertThat(absent.statusCode()).as(absent.body()).isEqualTo(201);
    assertThat(server.get("/api/releases/2021-22/tables/seizures_by_agency").statusCode()).isEqualTo(200);
  }

  @Test
  void anAdminLoadsAPublishedTable() {
    HttpResponse<String> loaded = post("/api/tables?year=2015/16&measure=seizures", admin, "text/csv",
        "Police force,All drugs,Cocaine\nKent,10,4\nEssex,,1\n");
    assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(200);
    assertThat(TestServer.json(loaded)).containsEntry("loaded", true).containsEntry("cells", 4).containsEntry("blanks", 1);

    HttpResponse<String> unmapped = post("/api/tables?year=2014/15&measure=seizures", admin, "text/csv",
        "Police force,Moon dust\nKent,10\n");
    assertThat(unmapped.statusCode()).isEqualTo(422);
    assertThat(unmapped.body()).contains("\"loaded\":false").contains("Moon dust");
  }

  @Test
  void refusals() {
    assertThat(post("/api/releases/2021-22/publish", kent, "application/json", "").statusCode()).isEqualTo(403);
    assertThat(post("/api/releases/2021-22/publish", "wrong", "application/json", "").statusCode()).isEqualTo(401);
    HttpResponse<String> nothingHeld = post("/api/releases/2021-22/publish", admin, "application/json", "");
    assertThat(nothingHeld.statusCode()).isEqualTo(422);
    assertThat(TestServer.json(nothingHeld)).containsEntry("status", 422);
    assertThat(post("/api/releases/2021-23/publish", admin, "application/json", "").statusCode()).isEqualTo(400);
    assertThat(post("/api/tables?year=2015/16&measure=weights", admin, "text/csv", "x\n").statusCode()).isEqualTo(400);
    assertThat(post("/api/tables?year=2015/16&measure=seizures", admin, "application/json", "{}").statusCode()).isEqualTo(415);
    assertThat(post("/api/notes", admin, "application/json", "{\"year\": \"2021/22\"}").statusCode()).isEqualTo(400);
    assertThat(post("/api/notes", admin, "application/json", "{\"year\": \"2021/22\", \"agency\": \"atlantis\", \"text\": \"x\"}")
        .statusCode()).isEqualTo(404);
    assertThat(post("/api/notes", kent, "application/json", "{\"year\": \"2021/22\", \"text\": \"x\"}").statusCode()).isEqualTo(403);
  }
}
