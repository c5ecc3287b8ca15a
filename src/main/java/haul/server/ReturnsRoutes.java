package haul.server;

import com.fasterxml.jackson.databind.JsonNode;
import haul.ingest.returns.ImportOptions;
import haul.ingest.returns.ImportResult;
import haul.store.ApiSubmission;
import haul.store.ApiSubmissions;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Agencies submit returns over HTTP: {@code POST /api/returns} with a CSV body and the agency's
 * token runs the same importer as {@code haul import}, all or nothing unless {@code
 * ?partial=true}. An agency token may submit its own rows only (403, naming the rows); an admin
 * token may submit for any agency. Every submission, refused ones too, is kept for {@code GET
 * /api/returns}.
 */
final class ReturnsRoutes {

  private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final Authenticator auth;
  private final StoreLock store;
  private final Clock clock;

  ReturnsRoutes(Authenticator auth, StoreLock store, Clock clock) {
    this.auth = auth;
    this.store = store;
    this.clock = clock;
  }

  void register(Routes routes) {
    routes.post("/api/returns", this::submit);
    routes.get("/api/returns", this::list);
  }

  private Caller submitter(Context ctx) {
    Caller caller = auth.caller(ctx);
    if (!caller.authenticated()) {
      throw ApiError.unauthorized("submitting a return needs the agency's token: Authorization: Bearer TOKEN");
    }
    // a token with no agency is not an admin's for that alone: an editor's has none either
    if (!caller.admin() && caller.agencyCode().isEmpty()) {
      throw ApiError.forbidden("returns are an agency's (or an admin's): this token may neither submit nor read them");
    }
    return caller;
  }

  private void submit(Context ctx) {
    Caller caller = submitter(ctx);
    ApiRoutes.requireContentType(ctx, "text/csv");
    boolean partial = partial(ctx.queryParam("partial"));
    byte[] body = RequestBodies.read(ctx, (int) HaulServer.MAX_BODY_BYTES, "a return");
    Instant now = clock.instant();
    String name = "upload-" + caller.agencyCode().orElse("admin") + "-" + NAME_TIME.format(now) + ".csv";
    ImportOptions options =
        ImportOptions.defaults().withPartial(partial).withClock(Clock.fixed(now, ImportOptions.ZONE));
    if (caller.agencyCode().isPresent()) {
      options = options.withAgency(caller.agencyCode().get());
    }
    ImportOptions chosen = options;
    byte[] answer = store.with(s -> {
      ImportResult result = haul.ingest.returns.ReturnsImporter.importStream(s, name, new ByteArrayInputStream(body), chosen);
      int status = statusOf(result.outcome());
      byte[] json = answerJson(result, status);
      new ApiSubmissions(s).record(caller.agencyCode(), now, name, result.outcome().name().toLowerCase(java.util.Locale.ROOT),
          status, new String(json, java.nio.charset.StandardCharsets.UTF_8));
      ctx.status(status);
      return json;
    });
    ErrorResponses.keepBody(ctx);
    ctx.contentType(Responses.JSON);
    ctx.header("Cache-Control", Responses.CACHE_PRIVATE);
    ctx.result(answer);
  }

  private static boolean partial(String value) {
    if (value == null || value.equals("false")) {
      return false;
    }
    if (value.equals("true")) {
      return true;
    }
    throw ApiError.badRequest("partial must be true or false, not '" + PathParams.shorten(value) + "'");
  }

  static int statusOf(ImportResult.Outcome outcome) {
    switch (outcome) {
      case LOADED:
      case LOADED_WITH_REJECTS:
      case NOTHING_NEW:
        return 200;
      case FORBIDDEN:
        return 403;
      case REFUSED:
      default:
        return 422;
    }
  }

  /**
   * The import report as DESIGN.md gives it. A 403 is a refusal like any other, so it carries
   * {@code status} and {@code error} too, with the report (naming the other agency's rows) beside them.
   */
  private static byte[] answerJson(ImportResult result, int status) {
    if (status != 403) {
      return result.report().toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    try {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", 403);
      body.put("error", "this token may submit its own agency's rows only; nothing was loaded (see report.errors)");
      body.put("report", Json.MAPPER.readTree(result.report().toJson()));
      return Json.bytes(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void list(Context ctx) {
    Caller caller = submitter(ctx);
    List<ApiSubmission> submissions = store.with(s -> new ApiSubmissions(s).of(caller.admin() ? Optional.empty() : caller.agencyCode()));
    List<Map<String, Object>> body = new ArrayList<>();
    for (ApiSubmission submission : submissions) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("id", submission.id());
      json.put("agency", submission.agencyCode().orElse(null));
      json.put("submitted_at", DateTimeFormatter.ISO_INSTANT.format(submission.submittedAt()));
      json.put("name", submission.name());
      json.put("outcome", submission.outcome());
      json.put("status", submission.httpStatus());
      try {
        JsonNode report = Json.MAPPER.readTree(submission.report());
        json.put("report", report.has("report") ? report.get("report") : report);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      body.add(json);
    }
    ctx.header("Cache-Control", Responses.CACHE_PRIVATE);
    Responses.json(ctx, 200, body);
  }
}
