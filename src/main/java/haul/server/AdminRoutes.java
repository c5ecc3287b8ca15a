package haul.server;

import haul.ingest.tables.TableImporter;
import haul.ingest.tables.TableIssue;
import haul.ingest.tables.TableMeasure;
import haul.ingest.tables.TablesImportReport;
import haul.publish.EditionNotFoundException;
import haul.publish.EmbargoException;
import haul.publish.EmbargoTime;
import haul.publish.Embargoes;
import haul.publish.PublishException;
import haul.publish.PublishResult;
import haul.publish.Publisher;
import haul.reference.FinancialYear;
import haul.store.EditionRecord;
import haul.store.NotesRepository;
import haul.store.StoredNote;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The statistics team's work over HTTP, for a store that {@code haul serve} holds (a DuckDB file
 * has one writer): publish a year, postpone or withdraw an embargoed edition, load a published
 * table, add a data-quality note. Admin token only.
 */
final class AdminRoutes {

  private final Authenticator auth;
  private final StoreLock store;
  private final EditionCatalog catalog;
  private final PathParams params;
  private final Clock clock;

  AdminRoutes(Authenticator auth, StoreLock store, EditionCatalog catalog, PathParams params, Clock clock) {
    this.auth = auth;
    this.store = store;
    this.catalog = catalog;
    this.params = params;
    this.clock = clock;
  }

  void register(Routes routes) {
    routes.post("/api/releases/{year}/publish", this::publish);
    routes.post("/api/releases/{year}/editions/{edition}/postpone", this::postpone);
    routes.post("/api/releases/{year}/editions/{edition}/withdraw", this::withdraw);
    routes.post("/api/tables", this::loadTable);
    routes.post("/api/notes", this::addNote);
  }

  /** {@code {"at": "2023-04-20T09:30"}} optional: UK time unless it carries an offset. */
  private void publish(Context ctx) {
    auth.admin(ctx);
    FinancialYear year = params.year(ctx.pathParam("year"));
    boolean empty = RequestBodies.read(ctx, RequestBodies.JSON_BYTES, "a JSON request").length == 0;
    Map<?, ?> request = empty ? Map.of() : jsonObject(ctx, "{\"at\": \"2023-04-20T09:30\"}");
    // Absent means public now; a null is refused, since it reads as "no time" as easily as "now".
    if (request.containsKey("at") && request.get("at") == null) {
      throw ApiError.badRequest("\"at\" is null: leave it out to publish at once, or give a time such as 2023-04-20T09:30");
    }
    Optional<Instant> at = Optional.ofNullable(request.get("at")).map(AdminRoutes::time);
    PublishResult result = refusing(() -> store.with(s -> new Publisher(s, clock).publish(year, at, Optional.empty())));
    catalog.reload();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("year", year.label());
    body.put("edition", result.edition().number());
    body.put("created", result.created());
    body.put("public_at", result.edition().publicAt().toString());
    body.put("files", result.files().size());
    Responses.json(ctx, result.created() ? 201 : 200, body);
  }

  /** {@code {"at": "2023-04-27T09:30"}}: an embargoed edition's new, later time. */
  private void postpone(Context ctx) {
    auth.admin(ctx);
    FinancialYear year = params.year(ctx.pathParam("year"));
    int number = params.edition(ctx.pathParam("edition"));
    Map<?, ?> request = jsonObject(ctx, "{\"at\": \"2023-04-27T09:30\"}");
    if (request.get("at") == null) {
      throw ApiError.badRequest("give the new time as \"at\", such as {\"at\": \"2023-04-27T09:30\"}");
    }
    Instant at = time(request.get("at"));
    EditionRecord moved = refusing(() -> store.with(s -> new Embargoes(s, clock).postpone(year, number, at)));
    catalog.reload();
    Responses.json(ctx, 200, editionJson(moved, "embargoed"));
  }

  /** No body: the embargoed edition is never made public. */
  private void withdraw(Context ctx) {
    auth.admin(ctx);
    FinancialYear year = params.year(ctx.pathParam("year"));
    int number = params.edition(ctx.pathParam("edition"));
    EditionRecord withdrawn = refusing(() -> store.with(s -> new Embargoes(s, clock).withdraw(year, number)));
    catalog.reload();
    Responses.json(ctx, 200, editionJson(withdrawn, "withdrawn"));
  }

  /** A refusal of the publish stage as its status: 404 no such edition, 409 an embargo, else 422. */
  private static <T> T refusing(java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (EditionNotFoundException e) {
      throw ApiError.notFound(e.getMessage());
    } catch (EmbargoException e) {
      throw new ApiError(409, e.getMessage());
    } catch (PublishException e) {
      throw new ApiError(422, e.getMessage());
    }
  }

  private static Map<String, Object> editionJson(EditionRecord edition, String status) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("year", new FinancialYear(edition.financialYearEnd()).label());
    body.put("edition", edition.number());
    body.put("public_at", edition.publicAt().toString());
    body.put("status", status);
    return body;
  }

  /** A published force x drug table as the CSV body; {@code ?year=2015/16&measure=seizures[&replace=true]}. */
  private void loadTable(Context ctx) {
    auth.admin(ctx);
    ApiRoutes.requireContentType(ctx, "text/csv");
    FinancialYear year = params.yearValue(required(ctx, "year").replace('/', '-'));
    TableMeasure measure = measure(required(ctx, "measure"));
    boolean replace = "true".equals(ctx.queryParam("replace"));
    byte[] body = RequestBodies.read(ctx, (int) HaulServer.MAX_BODY_BYTES, "a published table");
    TablesImportReport report = store.with(s -> {
      Path file = null;
      try {
        file = Files.createTempFile("haul-table-", ".csv");
        Files.write(file, body);
        return new TableImporter(s, clock).importFile(file, Optional.of(year), Optional.of(measure), replace);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        if (file != null) {
          try {
            Files.deleteIfExists(file);
          } catch (IOException ignored) {
            // a temporary file: the system removes it in time
          }
        }
      }
    });
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("loaded", report.loaded());
    answer.put("year", year.label());
    answer.put("measure", measure.name().toLowerCase(java.util.Locale.ROOT));
    answer.put("agencies", report.agencies());
    answer.put("cells", report.cells());
    answer.put("blanks", report.blanks());
    answer.put("errors", issues(report.errors()));
    answer.put("warnings", issues(report.warnings()));
    Responses.json(ctx, report.loaded() ? 200 : 422, answer);
  }

  /** {@code {"year": "2021/22", "agency": "kent", "text": "..."}}; without an agency, a note on the release. */
  private void addNote(Context ctx) {
    auth.admin(ctx);
    Map<?, ?> request = jsonObject(ctx, "{\"year\": \"2021/22\", \"agency\": \"kent\", \"text\": \"...\"}");
    if (!(request.get("year") instanceof String yearText) || !(request.get("text") instanceof String text)
        || text.isBlank()) {
      throw ApiError.badRequest("give \"year\" (such as 2021/22) and \"text\", and \"agency\" for a note on one agency");
    }
    if (!wellFormed(text)) {
      throw ApiError.badRequest("\"text\" must be plain text: no control characters or unpaired surrogates (\\ud800)");
    }
    if (text.strip().length() > RequestBodies.NOTE_CHARACTERS) {
      throw new ApiError(413, "the note is too long: " + text.strip().length() + " characters, at most "
          + RequestBodies.NOTE_CHARACTERS + " (a data-quality note is a paragraph)");
    }
    FinancialYear year = params.yearValue(yearText.replace('/', '-'));
    Optional<String> agency = Optional.ofNullable(request.get("agency")).map(value -> {
      if (!(value instanceof String code)) {
        throw ApiError.badRequest("\"agency\" must be an agency code such as kent");
      }
      return params.agency(code).code();
    });
    store.with(s -> {
      new NotesRepository(s).addAll(List.of(new StoredNote(year.endYear(), agency, text.strip())), clock.instant());
      return null;
    });
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("year", year.label());
    answer.put("agency", agency.orElse(null));
    answer.put("text", text.strip());
    Responses.json(ctx, 201, answer);
  }

  /** Text a page, a CSV file and a database all hold as written: whole code points, no controls but line breaks and tabs. */
  private static boolean wellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c) || (Character.isISOControl(c) && c != '\n' && c != '\t')) {
        return false;
      }
    }
    return true;
  }

  private static Map<?, ?> jsonObject(Context ctx, String example) {
    ApiRoutes.requireContentType(ctx, "application/json");
    try {
      Map<?, ?> request = Json.MAPPER.readValue(RequestBodies.read(ctx, RequestBodies.JSON_BYTES, "a JSON request"), Map.class);
      if (request == null) {
        throw ApiError.badRequest("the body must be a JSON object such as " + example);
      }
      return request;
    } catch (IOException | RuntimeException e) {
      if (e instanceof ApiError apiError) {
        throw apiError;
      }
      throw ApiError.badRequest("the body must be a JSON object such as " + example);
    }
  }

  private static String required(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      throw ApiError.badRequest("query parameter " + name + " is required");
    }
    return value;
  }

  private static TableMeasure measure(String text) {
    for (TableMeasure measure : TableMeasure.values()) {
      if (measure.name().equalsIgnoreCase(text)) {
        return measure;
      }
    }
    throw ApiError.badRequest("measure must be seizures or quantities, not '" + PathParams.shorten(text) + "'");
  }

  /** The request's {@code "at"}: UK time unless it carries an offset. */
  static Instant time(Object value) {
    if (!(value instanceof String text)) {
      throw ApiError.badRequest("\"at\" must be a time such as 2023-04-20T09:30 or 2023-04-20T09:30+01:00");
    }
    try {
      return EmbargoTime.parse(text);
    } catch (EmbargoTime.InvalidTime e) {
      throw ApiError.badRequest("\"at\": '" + PathParams.shorten(text) + "' " + e.reason());
    }
  }

  private static List<Map<String, Object>> issues(List<TableIssue> issues) {
    return issues.stream().map(issue -> {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("row", issue.row());
      json.put("column", issue.column());
      json.put("code", issue.code().name());
      json.put("message", issue.message());
      return json;
    }).toList();
  }
}
