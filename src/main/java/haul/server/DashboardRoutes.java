package haul.server;

import com.fasterxml.jackson.databind.JsonNode;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import haul.publish.Bulletins;
import haul.publish.Columns;
import haul.page.FrontendStyles;
import haul.publish.StoredTable.Row;
import haul.publish.TableContract;
import haul.reference.Agency;
import haul.reference.FinancialYear;
import haul.reference.ReferenceData;
import haul.reference.Region;
import haul.server.PageModels.AgencyPage;
import haul.stats.Area;
import haul.server.PageModels.Chart;
import haul.server.PageModels.ChartRow;
import haul.server.PageModels.DownloadSet;
import haul.server.PageModels.Downloads;
import haul.server.PageModels.Footer;
import haul.server.PageModels.DrugRow;
import haul.server.PageModels.Home;
import haul.server.PageModels.Link;
import haul.server.PageModels.RegionPage;
import haul.server.PageModels.Story;
import haul.store.NotesRepository;
import haul.story.TotalNames;
import haul.store.ServedEdition;
import haul.store.StoredNote;
import haul.store.ServedFile;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard: server-rendered pages (jte templates precompiled at build time, in
 * {@code src/main/jte}) over the latest public edition. Pages show public editions only; they are
 * readable without JavaScript, and each chart has its data as a table beside it.
 */
final class DashboardRoutes {

  private static final String ENGLAND_AND_WALES = Area.ENGLAND_AND_WALES.code();
  private static final TotalNames NAMES = TotalNames.bundled();

  private final EditionCatalog catalog;
  private final PathParams params;
  private final ReferenceData reference;
  private final StoreLock store;
  /** The data-quality notes of each edition's two years, read from the store at its first page view. */
  private final Map<String, List<StoredNote>> notes = new java.util.concurrent.ConcurrentHashMap<>();
  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(null, ContentType.Html, DashboardRoutes.class.getClassLoader(), "haul.server.pages");

  DashboardRoutes(EditionCatalog catalog, PathParams params, ReferenceData reference, StoreLock store) {
    this.catalog = catalog;
    this.params = params;
    this.reference = reference;
    this.store = store;
  }

  void register(Routes routes) {
    routes.get("/", this::home);
    routes.get("/agencies/{code}", this::agency);
    routes.get("/regions/{region}", this::region);
    routes.get("/downloads", this::downloads);
    routes.get("/styles/govuk-frontend.css", DashboardRoutes::styles);
  }

  /** GOV.UK Frontend's stylesheet without GDS Transport or the crown (haul is not a GOV.UK service). */
  private static void styles(Context ctx) {
    ctx.header("Cache-Control", "public, max-age=86400");
    ctx.contentType("text/css; charset=utf-8");
    ctx.result(FrontendStyles.css());
  }

  /** A browser asking for a page (Accept: text/html) outside the API, which keeps its JSON errors. */
  static boolean wantsPage(Context ctx) {
    String accept = ctx.header("Accept");
    return accept != null && accept.contains("text/html") && !ctx.path().startsWith("/api/");
  }

  /** The GOV.UK "page not found" page, for {@link ErrorResponses} to answer a browser with. */
  static void notFoundPage(Context ctx, String message) {
    render(ctx, "notfound.jte", message);
    ctx.header("Cache-Control", "no-store");
  }

  private static void render(Context ctx, String template, Object model) {
    Utf8ByteOutput output = new Utf8ByteOutput();
    TEMPLATES.render(template, model, output);
    ctx.header("Cache-Control", Responses.CACHE_LATEST);
    ctx.contentType("text/html; charset=utf-8");
    try (var bytes = new java.io.ByteArrayOutputStream(output.getContentLength())) {
      output.writeTo(bytes);
      ctx.result(bytes.toByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Optional<ServedEdition> latestPublic() {
    return catalog.years(false).stream().findFirst().flatMap(year -> catalog.latest(year, false));
  }

  private ServedEdition requireLatest() {
    return latestPublic().orElseThrow(() -> ApiError.notFound("nothing has been published yet"));
  }

  private List<Row> rows(ServedEdition edition, TableContract name) {
    return catalog.table(edition, name).map(t -> t.table().rows()).orElse(List.of());
  }

  private void home(Context ctx) {
    Optional<ServedEdition> latest = latestPublic();
    if (latest.isEmpty()) {
      render(ctx, "empty.jte", "Nothing has been published yet.");
      return;
    }
    ServedEdition edition = latest.get();
    FinancialYear year = edition.year();
    List<Row> byAgency = rows(edition, TableContract.SEIZURES_BY_AGENCY);
    // like with like when the tables lack agencies (HeadlineChange)
    HeadlineChange change = HeadlineChange.of(rows(edition, TableContract.CHANGES_BY_AGENCY), year, reference);
    List<ChartRow> overYears =
        byAgency.stream()
            .filter(r -> ENGLAND_AND_WALES.equals(r.get(Columns.AGENCY_CODE)))
            .map(r -> new ChartRow(r.get(Columns.FINANCIAL_YEAR), Optional.empty(), List.of(Figures.raw(r.get(Columns.SEIZURES)))))
            .toList();
    List<ChartRow> shares =
        rows(edition, TableContract.SEIZURES_BY_REGION).stream()
            .filter(r -> year.label().equals(r.get(Columns.FINANCIAL_YEAR)))
            .map(r -> new ChartRow(r.get(Columns.REGION), Optional.of("/regions/" + Region.slugOf(r.get(Columns.REGION))),
                List.of(Figures.raw(r.get(Columns.SEIZURES)), Figures.raw(r.get(Columns.SHARE_PERCENT)))))
            .toList();
    List<ChartRow> agencies = agencyRows(byAgency, year, r -> !r.is(Columns.AGENCY_TYPE, Columns.TOTAL_TYPE));
    Optional<String> bulletin = catalog.file(edition, Bulletins.HTML)
        .map(f -> "/api/releases/" + year.slug() + "/files/" + Bulletins.HTML);
    render(ctx, "home.jte", new Home(
        year.label(), year.previous().label(), bulletin, year.titleProse(), edition.number(),
        change.seizures(), change.previousSeizures(), change.change(), change.percentChange(), change.coverage(),
        new Chart("chart-over-years", "line", "Seizures " + NAMES.where(lacksAgencies(byAgency)) + ", by financial year", "Financial year",
            List.of("Seizures"), overYears),
        new Chart("chart-regions", "bar", "Seizures by region, " + year.label(), "Region",
            List.of("Seizures", shareHeader(change.partial())), shares),
        agencies, footer(edition)));
  }

  /**
   * Whether some agency has no figures in a year of these rows of {@code seizures_by_agency} (a row of
   * blank figures, as published tables without the Welsh forces give): then the totals are not England
   * and Wales's, and are named as the stories name them ({@link TotalNames}).
   */
  private static boolean lacksAgencies(List<Row> byAgency) {
    return byAgency.stream().anyMatch(r -> !r.is(Columns.AGENCY_TYPE, Columns.TOTAL_TYPE) && r.get(Columns.SEIZURES).isEmpty());
  }

  /** "Share of England and Wales (%)", or "Share of the seizures in these tables (%)" when the totals lack agencies. */
  private static String shareHeader(boolean partial) {
    return "Share of " + (partial ? NAMES.shareOf(true) : NAMES.complete(Area.ENGLAND_AND_WALES)) + " (%)";
  }

  /** One row per agency of a year, with this year's and last year's seizures, linked to its page. */
  private static List<ChartRow> agencyRows(List<Row> byAgency, FinancialYear year,
      java.util.function.Predicate<Row> which) {
    Map<String, String> previous = new LinkedHashMap<>();
    byAgency.stream()
        .filter(r -> year.previous().label().equals(r.get(Columns.FINANCIAL_YEAR)))
        .forEach(r -> previous.put(r.get(Columns.AGENCY_CODE), r.get(Columns.SEIZURES)));
    return byAgency.stream()
        .filter(r -> year.label().equals(r.get(Columns.FINANCIAL_YEAR)))
        .filter(which)
        .map(r -> new ChartRow(r.get(Columns.AGENCY_NAME), Optional.of("/agencies/" + r.get(Columns.AGENCY_CODE)),
            List.of(Figures.display(previous.get(r.get(Columns.AGENCY_CODE))), Figures.display(r.get(Columns.SEIZURES)))))
        .toList();
  }

  private void agency(Context ctx) {
    Agency agency = params.agency(ctx.pathParam("code"));
    ServedEdition edition = requireLatest();
    AgencyFigures figures = AgencyFigures.of(catalog, edition, agency);
    FinancialYear year = edition.year();
    String name = figures.current().or(figures::previous).map(r -> r.get(Columns.AGENCY_NAME)).orElse(agency.shortName());
    Optional<Row> change = figures.change();
    List<ChartRow> chartRows = List.of(
        new ChartRow(year.previous().label(), Optional.empty(), List.of(figures.previous().map(r -> Figures.raw(r.get(Columns.SEIZURES))).orElse(""))),
        new ChartRow(year.label(), Optional.empty(), List.of(figures.current().map(r -> Figures.raw(r.get(Columns.SEIZURES))).orElse(""))));
    Map<String, DrugRow> drugs = new LinkedHashMap<>();
    for (Row row : figures.drugs(year)) {
      drugs.put(row.get(Columns.DRUG), new DrugRow(row.get(Columns.DRUG), "not available", Figures.display(row.get(Columns.SEIZURES)),
          row.get(Columns.QUANTITY).isEmpty() ? "" : Figures.display(row.get(Columns.QUANTITY)), row.get(Columns.UNIT)));
    }
    for (Row row : figures.drugs(year.previous())) {
      DrugRow now = drugs.get(row.get(Columns.DRUG));
      DrugRow merged = now == null
          ? new DrugRow(row.get(Columns.DRUG), Figures.display(row.get(Columns.SEIZURES)), "not available", "", "")
          : new DrugRow(now.drug(), Figures.display(row.get(Columns.SEIZURES)), now.seizures(), now.quantity(), now.unit());
      drugs.put(row.get(Columns.DRUG), merged);
    }
    render(ctx, "agency.jte", new AgencyPage(
        name, agency.fullName(),
        agency.region().map(r -> new Link(r, "/regions/" + Region.slugOf(r))),
        year.label(), year.previous().label(), year.titleProse(),
        figures.current().map(r -> Figures.display(r.get(Columns.SEIZURES))).orElse("not available"),
        figures.previous().map(r -> Figures.display(r.get(Columns.SEIZURES))).orElse("not available"),
        Figures.signed(change.map(r -> r.get(Columns.CHANGE)).orElse(null)), Figures.signed(change.map(r -> r.get(Columns.PERCENT_CHANGE)).orElse(null)),
        remarks(figures, agency, notesOf(edition)),
        new Chart("chart-agency", "bar", "Seizures by " + name + ", " + year.previous().label() + " and " + year.label(),
            "Financial year", List.of("Seizures"), chartRows),
        List.copyOf(drugs.values()),
        story(edition, agency), footer(edition)));
  }

  /**
   * The data-quality box: what each year's markers mean and, for a year marked {@code n}, the text of
   * each note on the agency for that year, quoted (the generic remark only when the store holds none).
   */
  private static List<String> remarks(AgencyFigures figures, Agency agency, List<StoredNote> notes) {
    List<String> remarks = new ArrayList<>();
    for (Optional<Row> row : List.of(figures.previous(), figures.current())) {
      if (row.isEmpty()) {
        continue;
      }
      String year = row.get().get(Columns.FINANCIAL_YEAR);
      List<String> texts = notes.stream()
          .filter(n -> new FinancialYear(n.financialYearEnd()).label().equals(year))
          .filter(n -> n.agencyCode().filter(agency.code()::equals).isPresent())
          .map(n -> year + ": \u201c" + n.text() + "\u201d")
          .toList();
      for (String remark : Figures.remarks(year, row.get().get(Columns.MARKER))) {
        if (remark.equals(year + ": " + Figures.NOTE_APPLIES) && !texts.isEmpty()) {
          remarks.addAll(texts);
        } else {
          remarks.add(remark);
        }
      }
    }
    return remarks;
  }

  private List<StoredNote> notesOf(ServedEdition edition) {
    int end = edition.year().endYear();
    return notes.computeIfAbsent(edition.year().label() + "#" + edition.number(),
        key -> store.with(s -> new NotesRepository(s).notes(end - 1, end)));
  }

  /** The footer's source, contact and licence: the release metadata the edition's manifest records. */
  private Footer footer(ServedEdition edition) {
    Optional<ServedFile> manifest = catalog.file(edition, "manifest.json");
    if (manifest.isEmpty()) {
      return Footer.NONE;
    }
    try {
      JsonNode release = Json.MAPPER.readTree(manifest.get().open()).path("release");
      if (!release.isObject()) {
        return Footer.NONE;
      }
      return new Footer(Optional.of(release.path("source").asText()), Optional.of(release.path("contact").asText()),
          Optional.of(release.path("licence").asText()));
    } catch (IOException e) {
      return Footer.NONE; // a manifest that is not JSON gives no footer rather than no page
    }
  }

  private Optional<Story> story(ServedEdition edition, Agency agency) {
    Optional<ServedFile> file = catalog.file(edition, "stories/" + agency.code() + ".json");
    if (file.isEmpty()) {
      return Optional.empty();
    }
    try {
      JsonNode json = Json.MAPPER.readTree(file.get().open());
      List<String> body = new ArrayList<>();
      json.path("body").forEach(paragraph -> body.add(paragraph.asText()));
      String api = "/api/releases/" + edition.year().slug();
      // the story page as an edition file, so its relative link to the bulletin finds it
      return Optional.of(new Story(json.path("headline").asText(""), body, api + "/files/stories/" + agency.code() + ".html",
          api + "/stories/" + agency.code()));
    } catch (IOException e) {
      throw new IllegalStateException("stored story " + agency.code() + " is not JSON: " + e.getMessage(), e);
    }
  }

  private void region(Context ctx) {
    Region region = params.region(ctx.pathParam("region"));
    ServedEdition edition = requireLatest();
    FinancialYear year = edition.year();
    List<ChartRow> overYears =
        rows(edition, TableContract.SEIZURES_BY_REGION).stream()
            .filter(r -> region.name().equals(r.get(Columns.REGION)))
            .map(r -> new ChartRow(r.get(Columns.FINANCIAL_YEAR), Optional.empty(),
                List.of(Figures.raw(r.get(Columns.SEIZURES)), Figures.raw(r.get(Columns.SHARE_PERCENT)))))
            .toList();
    List<ChartRow> forces = agencyRows(rows(edition, TableContract.SEIZURES_BY_AGENCY), year,
        r -> region.name().equals(r.get(Columns.REGION)));
    render(ctx, "region.jte", new RegionPage(region.name(), year.label(), year.previous().label(),
        new Chart("chart-region", "line", "Seizures in " + region.name() + ", by financial year", "Financial year",
            List.of("Seizures", shareHeader(lacksAgencies(rows(edition, TableContract.SEIZURES_BY_AGENCY)))), overYears),
        forces, footer(edition)));
  }

  /** A file's size as a reader wants it: "812 bytes", "14 KB", "1.2 MB". */
  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    if (bytes < 1024 * 1024) {
      return Figures.display(Long.toString((bytes + 1023) / 1024)) + " KB";
    }
    return java.math.BigDecimal.valueOf(bytes).divide(java.math.BigDecimal.valueOf(1024L * 1024), 1,
        java.math.RoundingMode.HALF_UP).toPlainString() + " MB";
  }

  private void downloads(Context ctx) {
    List<DownloadSet> sets = new ArrayList<>();
    for (FinancialYear year : catalog.years(false)) {
      ServedEdition edition = catalog.latest(year, false).orElseThrow();
      String api = "/api/releases/" + year.slug();
      List<Link> tables = new ArrayList<>();
      List<Link> workbooks = new ArrayList<>();
      List<Link> charts = new ArrayList<>();
      List<Link> stories = new ArrayList<>();
      for (String name : catalog.fileNames(edition)) {
        String size = catalog.file(edition, name).map(f -> size(f.content().length)).orElse("");
        if (name.startsWith("tables/") && name.endsWith(".csv")) {
          String stem = name.substring("tables/".length(), name.length() - 4);
          tables.add(new Link(stem + ".csv (CSV, " + size + ")", api + "/tables/" + stem + ".csv"));
        } else if (name.endsWith(".ods")) {
          workbooks.add(new Link("The tables as one workbook: " + name + " (ODS spreadsheet, " + size + ")",
              api + "/files/" + name));
        } else if (name.equals(Bulletins.HTML)) {
          workbooks.add(0, new Link("The statistical bulletin (HTML page, " + size + ")", api + "/files/" + name));
        } else if (name.startsWith("charts/")) {
          String file = name.substring("charts/".length());
          charts.add(new Link(file + (file.endsWith(".svg") ? " (SVG image, " : " (PNG image, ") + size + ")",
              api + "/files/" + name));
        } else if (name.startsWith("stories/") && name.endsWith(".html")) {
          String code = name.substring("stories/".length(), name.length() - ".html".length());
          String label = reference.agencies().byCode(code).map(Agency::fullName).orElse(code);
          stories.add(new Link(label + " (HTML page, " + size + ")", api + "/files/" + name));
        }
      }
      sets.add(new DownloadSet(year.label(), edition.number(), catalog.status(edition).label(), tables, workbooks, charts, stories));
    }
    render(ctx, "downloads.jte", new Downloads(sets, latestPublic().map(this::footer).orElse(Footer.NONE)));
  }
}
