package haul.server;

import haul.publish.Bulletins;
import haul.publish.TableContract;
import haul.reference.Agency;
import haul.reference.FinancialYear;
import haul.store.IssuedToken;
import haul.store.ServedEdition;
import haul.store.ServedFile;
import haul.store.TokenInfo;
import haul.store.TokenRole;
import haul.store.Tokens;
import io.javalin.http.Context;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON API of DESIGN.md "HTTP API": public reads of stored editions, and the admin routes for
 * tokens. Every read answers from the {@link EditionCatalog}; nothing is recomputed per request.
 */
final class ApiRoutes {

  private final EditionCatalog catalog;
  private final Authenticator auth;
  private final PathParams params;
  private final StoreLock store;
  private final byte[] openApi;
  private final String openApiTag;

  ApiRoutes(EditionCatalog catalog, Authenticator auth, PathParams params, StoreLock store, byte[] openApi) {
    this.catalog = catalog;
    this.auth = auth;
    this.params = params;
    this.store = store;
    this.openApi = openApi.clone();
    this.openApiTag = sha256(openApi);
  }

  private static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }

  void register(Routes routes) {
    routes.get("/health", this::health);
    routes.get("/api/openapi.json", ctx -> Responses.send(ctx, openApi, Responses.JSON, openApiTag, Responses.CACHE_LATEST));
    routes.get("/api/releases", this::releases);
    routes.get("/api/releases/{year}/tables/{table}", this::latestTable);
    routes.get("/api/releases/{year}/editions/{edition}/tables/{table}", this::editionTable);
    routes.get("/api/releases/{year}/agencies/{code}", this::agency);
    routes.get("/api/releases/{year}/stories/{code}", this::story);
    routes.get("/api/releases/{year}/bulletin.html", this::bulletinBesideStories);
    routes.get("/api/releases/{year}/files/<name>", this::file);
    routes.get("/api/tokens", this::listTokens);
    routes.post("/api/tokens", this::createToken);
    routes.delete("/api/tokens/{id}", this::revokeToken);
  }

  private void health(Context ctx) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "ok");
    body.put("editions", catalog.visible(false).size());
    Responses.json(ctx, 200, body);
  }

  private void releases(Context ctx) {
    Caller caller = auth.caller(ctx);
    List<Map<String, Object>> body = new ArrayList<>();
    for (ServedEdition edition : catalog.visible(caller.admin())) {
      Map<String, Object> release = new LinkedHashMap<>();
      release.put("year", edition.year().label());
      release.put("edition", edition.number());
      release.put("published_at", DateTimeFormatter.ISO_INSTANT.format(edition.publicAt()));
      release.put("status", catalog.status(edition).label());
      body.add(release);
    }
    ctx.header("Cache-Control", caller.admin() ? Responses.CACHE_PRIVATE : Responses.CACHE_LATEST);
    Responses.json(ctx, 200, body);
  }

  private void latestTable(Context ctx) {
    Caller caller = auth.caller(ctx);
    FinancialYear year = params.year(ctx.pathParam("year"));
    TableRequest request = tableRequest(ctx);
    ServedEdition edition = latest(year, caller);
    sendTable(ctx, edition, request, caller.admin() ? Responses.CACHE_PRIVATE : Responses.CACHE_LATEST);
  }

  private void editionTable(Context ctx) {
    Caller caller = auth.caller(ctx);
    FinancialYear year = params.year(ctx.pathParam("year"));
    int number = params.edition(ctx.pathParam("edition"));
    TableRequest request = tableRequest(ctx);
    ServedEdition edition =
        catalog.edition(year, number, caller.admin())
            .orElseThrow(() -> ApiError.notFound("no edition " + number + " of " + year.label() + " is published"));
    sendTable(ctx, edition, request, caller.admin() ? Responses.CACHE_PRIVATE : Responses.CACHE_EDITION);
  }

  private record TableRequest(TableContract table, boolean csv) {}

  private TableRequest tableRequest(Context ctx) {
    String raw = ctx.pathParam("table");
    Optional<String> stem = PathParams.withoutSuffix(raw, ".csv");
    return new TableRequest(params.table(stem.orElse(raw)), stem.isPresent() || Responses.wantsCsv(ctx));
  }

  private void sendTable(Context ctx, ServedEdition edition, TableRequest request, String cacheControl) {
    EditionCatalog.ParsedTable parsed =
        catalog.table(edition, request.table())
            .orElseThrow(
                () -> ApiError.notFound(
                    "edition " + edition.number() + " of " + edition.year().label() + " has no table " + request.table().stem()));
    if (request.csv()) {
      Responses.send(ctx, parsed.file().content(), Responses.CSV, parsed.file().sha256(), cacheControl);
    } else {
      Responses.send(ctx, parsed.json(), Responses.JSON, parsed.file().sha256() + "-json", cacheControl);
    }
  }

  private ServedEdition latest(FinancialYear year, Caller caller) {
    return catalog.latest(year, caller.admin())
        .orElseThrow(() -> ApiError.notFound("no edition of " + year.label() + " is published"));
  }

  private void agency(Context ctx) {
    Caller caller = auth.caller(ctx);
    FinancialYear year = params.year(ctx.pathParam("year"));
    Agency agency = params.agency(ctx.pathParam("code"));
    ServedEdition edition = latest(year, caller);
    AgencyFigures figures = AgencyFigures.of(catalog, edition, agency);
    ctx.header("Cache-Control", caller.admin() ? Responses.CACHE_PRIVATE : Responses.CACHE_LATEST);
    Responses.json(ctx, 200, figures.json());
  }

  private void story(Context ctx) {
    Caller caller = auth.caller(ctx);
    FinancialYear year = params.year(ctx.pathParam("year"));
    String raw = ctx.pathParam("code");
    String suffix = raw.endsWith(".html") ? ".html" : raw.endsWith(".md") ? ".md" : raw.endsWith(".json") ? ".json" : "";
    Agency agency = params.agency(raw.substring(0, raw.length() - suffix.length()));
    ServedEdition edition = latest(year, caller);
    String name = "stories/" + agency.code() + (suffix.isEmpty() ? ".json" : suffix);
    ServedFile file =
        catalog.file(edition, name)
            .orElseThrow(() -> ApiError.notFound("no story for " + agency.code() + " in " + year.label()));
    Responses.send(ctx, file.content(), Responses.contentTypeOf(name), file.sha256(),
        caller.admin() ? Responses.CACHE_PRIVATE : Responses.CACHE_LATEST);
  }

  /**
   * A story page links the bulletin as {@code ../bulletin.html} (the release's folder has
   * {@code stories/} beside {@code bulletin.html}), which from {@code .../stories/kent.html} is this
   * path: it sends the reader to the bulletin among the edition's files (308), where the
   * bulletin's own relative links (tables, charts, stories, the workbook) resolve. The year is
   * checked as on every route; the files route applies the embargo.
   */
  private void bulletinBesideStories(Context ctx) {
    FinancialYear year = params.year(ctx.pathParam("year"));
    ctx.header("Location", "/api/releases/" + year.slug() + "/files/" + Bulletins.HTML);
    ctx.header("Cache-Control", Responses.CACHE_LATEST);
    ctx.status(308);
  }

  private void file(Context ctx) {
    Caller caller = auth.caller(ctx);
    FinancialYear year = params.year(ctx.pathParam("year"));
    String name = params.fileName(ctx.pathParam("name"));
    ServedEdition edition = latest(year, caller);
    ServedFile file =
        catalog.file(edition, name)
            .orElseThrow(() -> ApiError.notFound("edition " + edition.number() + " of " + year.label() + " has no file " + name));
    String disposition = name.endsWith(".ods") ? "attachment" : "inline";
    ctx.header("Content-Disposition", disposition + "; filename=\"" + name.substring(name.lastIndexOf('/') + 1) + "\"");
    Responses.send(ctx, file.content(), Responses.contentTypeOf(name), file.sha256(),
        caller.admin() ? Responses.CACHE_PRIVATE : Responses.CACHE_LATEST);
  }

  private void listTokens(Context ctx) {
    auth.admin(ctx);
    List<Map<String, Object>> body = store.with(s -> new Tokens(s).all()).stream().map(ApiRoutes::tokenJson).toList();
    ctx.header("Cache-Control", Responses.CACHE_PRIVATE);
    Responses.json(ctx, 200, body);
  }

  private void createToken(Context ctx) {
    auth.admin(ctx);
    requireContentType(ctx, "application/json");
    byte[] bytes = RequestBodies.read(ctx, RequestBodies.JSON_BYTES, "a token request");
    Map<?, ?> request;
    try {
      request = Json.MAPPER.readValue(bytes, Map.class);
    } catch (java.io.IOException | RuntimeException e) {
      throw ApiError.badRequest("the body must be a JSON object: {\"agency\": \"kent\"} or {\"admin\": true}");
    }
    Object agencyValue = request == null ? null : request.get("agency");
    boolean admin = request != null && Boolean.TRUE.equals(request.get("admin"));
    boolean editor = request != null && Boolean.TRUE.equals(request.get("editor"));
    if ((agencyValue == null ? 0 : 1) + (admin ? 1 : 0) + (editor ? 1 : 0) != 1) {
      throw ApiError.badRequest("give exactly one of \"agency\" (an agency code), \"editor\": true or \"admin\": true");
    }
    Optional<String> agency = Optional.empty();
    if (agencyValue != null) {
      if (!(agencyValue instanceof String code)) {
        throw ApiError.badRequest("\"agency\" must be an agency code such as kent");
      }
      agency = Optional.of(params.agency(code).code());
    }
    TokenRole role = admin ? TokenRole.ADMIN : editor ? TokenRole.EDITOR : TokenRole.AGENCY;
    Object nameValue = request.get("name");
    if (nameValue != null && !(nameValue instanceof String text && !text.isBlank() && text.strip().length() <= 100
        && text.chars().noneMatch(Character::isISOControl))) {
      throw ApiError.badRequest("\"name\" must be 1 to 100 characters with no control characters, such as \"A. Editor\"");
    }
    Optional<String> holder = agency;
    String name = nameValue == null ? agency.orElse(role.label()) : ((String) nameValue).strip();
    IssuedToken issued = store.with(s -> new Tokens(s).issue(role, holder, name, catalog.now()));
    Map<String, Object> body = tokenJson(issued.info());
    body.put("token", issued.secret());
    ctx.header("Cache-Control", Responses.CACHE_PRIVATE);
    Responses.json(ctx, 201, body);
  }

  private void revokeToken(Context ctx) {
    auth.admin(ctx);
    String raw = ctx.pathParam("id");
    if (!raw.matches("[1-9]\\d{0,17}")) {
      throw ApiError.badRequest("'" + PathParams.shorten(raw) + "' is not a token id: 1, 2, ...");
    }
    long id = Long.parseLong(raw);
    TokenInfo revoked =
        store.with(s -> new Tokens(s).revoke(id, catalog.now()))
            .orElseThrow(() -> ApiError.notFound("no token has the id " + id));
    Responses.json(ctx, 200, tokenJson(revoked));
  }

  static void requireContentType(Context ctx, String expected) {
    String type = ctx.contentType();
    String base = type == null ? "" : type.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
    if (!base.equals(expected)) {
      throw ApiError.unsupportedMediaType("the body must be " + expected + (type == null ? "" : ", not " + PathParams.shorten(type)));
    }
  }

  private static Map<String, Object> tokenJson(TokenInfo token) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", token.id());
    json.put("agency", token.agencyCode().orElse(null));
    json.put("admin", token.admin());
    json.put("created_at", DateTimeFormatter.ISO_INSTANT.format(token.createdAt()));
    json.put("revoked_at", token.revokedAt().map(DateTimeFormatter.ISO_INSTANT::format).orElse(null));
    json.put("role", token.role().label());
    json.put("name", token.name());
    return json;
  }
}
