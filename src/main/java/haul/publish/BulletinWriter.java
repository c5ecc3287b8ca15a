package haul.publish;

import haul.reference.Agency;
import haul.reference.AgencyType;
import haul.reference.DrugClass;
import haul.reference.FinancialYear;
import haul.reference.ReferenceData;
import haul.reference.Unit;
import haul.stats.Area;
import haul.stats.AreaYear;
import haul.stats.Change;
import haul.stats.DrugFigures;
import haul.stats.Note;
import haul.stats.Quantity;
import haul.stats.RegionShare;
import haul.stats.Release;
import haul.store.EditionRecord;
import haul.store.ReleaseMetadata;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes the bulletin of a release from the same releases as the tables and charts: the key
 * findings ({@link KeyFindings}), then the sections of a GOV.UK statistics bulletin, every figure
 * through {@link BulletinProse}. Data-quality notes are quoted as the store holds them.
 * (Long because each section is a few sentences of its own; each method writes one section.)
 */
final class BulletinWriter {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);
  private static final String EW = Area.ENGLAND_AND_WALES.code();
  private static final int MAIN = 4;

  private final List<Release> releases;
  private final Release release;
  private final ReferenceData reference;
  private final BulletinProse prose;
  private final BulletinCoverage coverage;

  BulletinWriter(List<Release> releases, ReferenceData reference) {
    this.releases = List.copyOf(releases);
    this.release = releases.get(releases.size() - 1);
    this.reference = reference;
    this.prose = new BulletinProse(release.year().label());
    this.coverage = new BulletinCoverage(release, reference);
  }

  /**
   * @param editions the year's editions so far, this one last
   * @param files the names of the edition's other files, for the links
   */
  Bulletin write(EditionRecord edition, List<EditionRecord> editions, Optional<ReleaseMetadata> metadata,
      List<ChartFile> charts, List<String> files) {
    FinancialYear year = release.year();
    List<String> findings = new KeyFindings(release, reference, prose, coverage).all();
    List<Bulletin.Section> sections = List.of(
        seizures(chart(charts, "seizures-over-time")), drugs(), quantities(chart(charts, "quantities-over-time")),
        regions(chart(charts, "seizures-by-region")), borderForce(), quality(editions), about(files));
    return new Bulletin(
        metadata.map(ReleaseMetadata::title).orElse("Seizures of drugs in England and Wales, " + year.titleProse()),
        year.label(), edition.number(), WHEN.format(edition.publicAt().atZone(Manifest.LONDON)), metadata, findings,
        sections, prose.facts(), links(files));
  }

  private static String svg(List<ChartFile> charts, String name) {
    ChartFile chart = charts.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    String svg = new String(chart.svg(), StandardCharsets.UTF_8);
    return svg.substring(svg.indexOf("<svg"));
  }

  private record ChartSvg(String name, String svg) {}

  private static ChartSvg chart(List<ChartFile> charts, String name) {
    return new ChartSvg(name, svg(charts, name));
  }

  private AreaYear england(Release r) {
    return r.current(EW).orElseThrow();
  }

  private static String shown(long value) {
    return WorkbookSheets.shown(Long.toString(value), 0);
  }

  private Bulletin.Section seizures(ChartSvg chart) {
    List<String> paragraphs = new ArrayList<>();
    Change change = release.seizuresChange(EW);
    if (change.current().isAvailable() && coverage.partial()) {
      // the totals lack agencies: this year's sum as the tables hold it, its change like with like
      String text = "In " + release.year().prose() + ", police forces, British Transport Police and Border Force made "
          + prose.seizures(EW, change.current().get()) + " drug seizures " + coverage.where() + ".";
      Optional<haul.stats.Comparison> like = coverage.likeForLike().filter(c -> c.likeForLike().percentChange().isPresent());
      if (like.isPresent()) {
        Change both = like.get().likeForLike();
        BigDecimal percent = both.percentChange().get();
        text += " Across " + coverage.compared(like.get()) + " with figures in both years, seizures " + BulletinProse.verb(percent.signum())
            + " by " + prose.percentChange(EW, percent, Optional.empty()) + ", from "
            + prose.seizures(EW, both.previous().get(), release.year().previous().label(), Optional.empty()) + " to "
            + prose.seizures(EW, both.current().get()) + ".";
      }
      paragraphs.add(text + " " + coverage.missing());
    } else if (change.current().isAvailable()) {
      String text = "In " + release.year().prose() + ", police forces, British Transport Police and Border Force made "
          + prose.seizures(EW, change.current().get()) + " drug seizures in England and Wales";
      if (change.percentChange().isPresent()) {
        BigDecimal percent = change.percentChange().get();
        text += ". The number " + BulletinProse.verb(percent.signum()) + " by "
            + prose.percentChange(EW, percent, Optional.empty()) + " from "
            + prose.seizures(EW, change.previous().get(), release.year().previous().label(), Optional.empty())
            + " the year before";
      }
      paragraphs.add(text + ".");
    }
    AreaYear england = england(release);
    List<String> classes = new ArrayList<>();
    for (DrugClass drugClass : List.of(DrugClass.A, DrugClass.B, DrugClass.C)) {
      if (england.classSeizures(drugClass).isAvailable()) {
        classes.add("class " + drugClass.label() + " drugs " + (classes.isEmpty() ? "were found in " : "in ")
            + prose.seizures(EW, england.classSeizures(drugClass).get()) + (classes.isEmpty() ? " seizures" : ""));
      }
    }
    if (!classes.isEmpty()) {
      String list = String.join(", ", classes.subList(0, classes.size() - 1)) + (classes.size() > 1 ? " and " : "")
          + classes.get(classes.size() - 1);
      paragraphs.add(capitalise(list) + ". A seizure of drugs of two classes counts in both, so these add up to more"
          + " than all seizures.");
    }
    List<List<String>> rows = new ArrayList<>();
    for (Release r : releases) {
      rows.add(List.of(r.year().label(), england(r).seizures().isAvailable() ? shown(england(r).seizures().get())
          : "not available"));
    }
    return new Bulletin.Section("seizures", "Seizures", paragraphs, List.of(), Optional.of(new Bulletin.Chart(
        chart.name(), chart.svg(), "Line chart of the number of drug seizures in England and Wales in each financial"
            + " year held; the table below gives its figures.", List.of("Financial year", "Seizures (number)"), rows)));
  }

  private Bulletin.Section drugs() {
    AreaYear england = england(release);
    List<DrugFigures> most = england.drugs().stream()
        .filter(d -> d.drugClass().filter(c -> c != DrugClass.UNKNOWN && c != DrugClass.NONE).isPresent())
        .filter(d -> d.seizures().isAvailable() && d.seizures().get() > 0)
        .sorted(Comparator.comparing((DrugFigures d) -> d.seizures().get()).reversed().thenComparing(DrugFigures::drug))
        .limit(MAIN)
        .toList();
    List<String> parts = new ArrayList<>();
    for (DrugFigures drug : most) {
      parts.add(KeyFindings.lower(drug.drug()) + " (" + prose.seizures(EW, drug.seizures().get(), release.year().label(),
          Optional.of(drug.drug())) + " seizures)");
    }
    List<String> paragraphs = new ArrayList<>();
    if (!parts.isEmpty()) {
      paragraphs.add("The drugs seized most often were " + String.join(", ", parts.subList(0, parts.size() - 1))
          + (parts.size() > 1 ? " and " : "") + parts.get(parts.size() - 1) + ".");
    }
    paragraphs.add("A seizure of several drugs counts once for each of them, so seizures by drug add up to more"
        + " than all seizures. The table of seizures by drug gives every drug, and All cannabis counts a seizure of"
        + " any cannabis once.");
    return new Bulletin.Section("drugs", "Drugs and classes", paragraphs, List.of(), Optional.empty());
  }

  private Bulletin.Section quantities(ChartSvg chart) {
    AreaYear england = england(release);
    AreaYear before = release.previous(EW).orElseThrow();
    List<String> paragraphs = new ArrayList<>();
    List<DrugFigures> kg = england.drugs().stream()
        .filter(d -> d.quantity().filter(q -> q.unit() == Unit.KG).flatMap(Quantity::value).filter(v -> v.signum() > 0)
            .isPresent())
        .sorted(Comparator.comparing((DrugFigures d) -> d.quantity().get().value().get()).reversed()
            .thenComparing(DrugFigures::drug))
        .limit(MAIN)
        .toList();
    for (DrugFigures drug : kg) {
      BigDecimal now = drug.quantity().get().value().get();
      Optional<BigDecimal> then = before.drug(drug.drug()).flatMap(DrugFigures::quantity).flatMap(Quantity::value)
          .filter(v -> v.signum() > 0);
      String over = "";
      if (coverage.partial()) {
        // a change between sums of different agencies is partly one of coverage: over those with the drug in both years
        Optional<haul.stats.QuantityChange> like = release.likeForLikeQuantity(Area.ENGLAND_AND_WALES, drug.drug())
            .filter(q -> q.isComparable() && q.current().get().signum() > 0);
        then = like.flatMap(haul.stats.QuantityChange::previous).filter(v -> v.signum() > 0);
        now = like.flatMap(haul.stats.QuantityChange::current).orElse(now);
        over = then.isPresent() ? "Over the agencies with figures for both years, the" : "In these tables, the";
      }
      String text = (over.isEmpty() ? "The" : over) + " police and Border Force seized " + prose.quantity(EW, now, Unit.KG,
          release.year().label(), drug.drug()) + " of " + KeyFindings.lower(drug.drug());
      if (then.isPresent()) {
        String change = prose.change(EW, now, then.get(), Optional.of(drug.drug()));
        text += change.endsWith(" times") ? ", " + change + " as much as the year before"
            : ", " + (now.compareTo(then.get()) < 0 ? "down " : "up ") + change + " from "
                + prose.quantity(EW, then.get(), Unit.KG, release.year().previous().label(), drug.drug());
      }
      paragraphs.add(text + ".");
    }
    paragraphs.add("Quantities are in kilograms, single doses or plants, each drug in its own unit; quantities of"
        + " different units are never added. The chart draws each drug on its own scale.");
    List<List<String>> rows = new ArrayList<>();
    for (DrugFigures drug : kg) {
      for (Release r : releases) {
        rows.add(List.of(drug.drug(), r.year().label(), england(r).drug(drug.drug()).flatMap(DrugFigures::quantity)
            .flatMap(Quantity::value).map(v -> WorkbookSheets.shown(OutputFormat.quantity(v), 1)).orElse("not available")));
      }
    }
    return new Bulletin.Section("quantities", "Quantities", paragraphs, List.of(), Optional.of(new Bulletin.Chart(
        chart.name(), chart.svg(), "Line charts, one for each of the drugs seized in the largest quantities by"
            + " weight, of the kilograms seized in each financial year held; the table below gives their figures.",
        List.of("Drug", "Financial year", "Quantity (kg)"), rows)));
  }

  private Bulletin.Section regions(ChartSvg chart) {
    List<RegionShare> shares = release.shares().stream().filter(s -> s.sharePercent().isPresent())
        .sorted(Comparator.comparing((RegionShare s) -> s.sharePercent().get()).reversed()
            .thenComparing(s -> s.region().name()))
        .toList();
    List<String> paragraphs = new ArrayList<>();
    if (shares.size() >= 3) {
      paragraphs.add(KeyFindings.regionName(shares.get(0).region()) + " made "
          + prose.share(shares.get(0).region().code(), shares.get(0).sharePercent().get(), Optional.empty())
          + " of " + coverage.allSeizures() + ", " + KeyFindings.regionName(shares.get(1).region()) + " "
          + prose.share(shares.get(1).region().code(), shares.get(1).sharePercent().get(), Optional.empty()) + " and "
          + KeyFindings.regionName(shares.get(2).region()) + " "
          + prose.share(shares.get(2).region().code(), shares.get(2).sharePercent().get(), Optional.empty()) + ".");
    }
    reference.agencies().all().stream()
        .filter(a -> a.type() == AgencyType.TERRITORIAL)
        .filter(a -> release.current(a.code()).map(y -> y.seizures().isAvailable()).orElse(false))
        .max(Comparator.comparing((Agency a) -> release.current(a.code()).get().seizures().get())
            .thenComparing(Agency::code, Comparator.reverseOrder()))
        .ifPresent(a -> paragraphs.add("The police force with the most seizures: " + a.fullName() + ", "
            + prose.seizures(a.code(), release.current(a.code()).get().seizures().get()) + "."));
    paragraphs.add("Shares are of " + coverage.allSeizures() + ", Border Force and British Transport Police"
        + " included, so the regions' shares add up to less than the whole. Every force's figures are in the"
        + " table of seizures by agency and on its local story.");
    List<List<String>> rows = new ArrayList<>();
    List<RegionShare> byName = new ArrayList<>(release.shares());
    byName.sort(Comparator.comparing((RegionShare s) -> s.region().name())); // the tables' and charts' order
    for (RegionShare share : byName) {
      rows.add(List.of(share.region().name(), share.seizures().isAvailable() ? shown(share.seizures().get())
          : "not available", share.sharePercent().map(OutputFormat::percent).orElse("not available")));
    }
    return new Bulletin.Section("regions", "Police forces and regions", paragraphs, List.of(), Optional.of(
        new Bulletin.Chart(chart.name(), chart.svg(), "Bar chart of the number of drug seizures in each region in "
            + release.year().prose() + ", regions in the order of the tables; the table below gives its figures.",
            List.of("Region", "Seizures (number)", "Share of England and Wales (%)"), rows)));
  }

  private Bulletin.Section borderForce() {
    List<String> paragraphs = new ArrayList<>();
    long total = england(release).seizures().isAvailable() ? england(release).seizures().get() : 0;
    Optional<Agency> border = reference.agencies().all().stream().filter(a -> a.type() == AgencyType.BORDER).findFirst();
    if (border.isPresent() && total > 0) {
      String code = border.get().code();
      release.current(code).filter(y -> y.seizures().isAvailable()).ifPresent(y -> {
        List<String> drugs = new ArrayList<>();
        england(release).drugs().stream()
            .filter(d -> d.quantity().filter(q -> q.unit() == Unit.KG).flatMap(Quantity::value).filter(v -> v.signum() > 0)
                .isPresent())
            .sorted(Comparator.comparing((DrugFigures d) -> d.quantity().get().value().get()).reversed()
                .thenComparing(DrugFigures::drug))
            .limit(2)
            .forEach(d -> y.drug(d.drug()).flatMap(DrugFigures::quantity).flatMap(Quantity::value).ifPresent(bf ->
                drugs.add(prose.share(code, bf.multiply(BigDecimal.valueOf(100)).divide(d.quantity().get().value().get(),
                    java.math.MathContext.DECIMAL64), Optional.of(d.drug())) + " of the " + KeyFindings.lower(d.drug()))));
        paragraphs.add(border.get().fullName() + " made " + prose.share(code, KeyFindings.percentOf(y.seizures().get(),
            total), Optional.empty()) + " of " + (coverage.partial() ? coverage.allSeizures() : "all seizures") + ", and the police " + prose.share(Area.POLICE.code(),
            KeyFindings.percentOf(total - y.seizures().get(), total), Optional.empty()) + "."
            + (drugs.isEmpty() ? "" : " By weight, it seized " + String.join(" and ", drugs) + " seized " + coverage.where()
                + "."));
      });
    }
    return new Bulletin.Section("border-force", "Border Force and the police", paragraphs, List.of(), Optional.empty());
  }

  private Bulletin.Section quality(List<EditionRecord> editions) {
    List<String> bullets = new ArrayList<>();
    for (Note note : release.notes()) {
      String who = note.agencyCode().flatMap(reference.agencies()::byCode).map(Agency::fullName).orElse("The whole release");
      bullets.add(who + " (" + note.year().label() + "): \u201c" + note.text() + "\u201d");
    }
    if (bullets.isEmpty()) {
      bullets.add("No data-quality notes apply to these figures.");
    }
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add("These notes come with the figures; the tables mark the rows they apply to (n in the CSV files,"
        + " the note's number in the workbook).");
    for (EditionRecord e : editions) {
      paragraphs.add("Edition " + e.number() + " of this release was published on "
          + WHEN.format(e.publicAt().atZone(Manifest.LONDON)) + " (UK time)"
          + (e.number() > 1 ? "; rows it revised are marked r." : "."));
    }
    paragraphs.add("In the tables, x marks a figure that is not available (an agency made no return), r a figure"
        + " revised since the last edition, e an estimate and n a row a data-quality note applies to. A figure not"
        + " available is never counted as none.");
    return new Bulletin.Section("quality", "Data quality, imputation and revisions", paragraphs, bullets, Optional.empty());
  }

  private Bulletin.Section about(List<String> files) {
    long forces = reference.agencies().all().stream().filter(a -> a.type() == AgencyType.TERRITORIAL).count();
    List<String> paragraphs = List.of(
        "These statistics count the drug seizures made by the " + forces + " territorial police forces of England and Wales,"
            + " British Transport Police and Border Force, by financial year (April to March).",
        "A seizure is one record of an agency's return and may hold several drugs: it counts once in the total, once"
            + " for each drug it holds and once for each class of drug. A drug's class is its class under the Misuse"
            + " of Drugs Act 1971 on the day of the seizure.",
        "Quantities are in kilograms, single doses (not thousands) or plants. Seizures reflect enforcement activity,"
            + " recording practice and the drugs market; they do not measure how widely drugs are used.",
        "The figures are in the workbook and the CSV tables linked below; each agency's local story gives its own"
            + " figures.");
    return new Bulletin.Section("about", "About these statistics", paragraphs, List.of(), Optional.empty());
  }

  private List<Bulletin.Link> links(List<String> files) {
    List<Bulletin.Link> links = new ArrayList<>();
    files.stream().filter(f -> f.endsWith(".ods")).forEach(f -> links.add(new Bulletin.Link("The workbook (ODS): " + f, f)));
    for (TableContract table : TableContract.values()) {
      links.add(new Bulletin.Link("Table " + table.stem() + " (CSV)", table.fileName()));
    }
    files.stream().filter(f -> f.startsWith(Publication.STORIES) && f.endsWith(".html")).forEach(f -> {
      String code = f.substring(Publication.STORIES.length(), f.length() - ".html".length());
      links.add(new Bulletin.Link("Local story: " + reference.agencies().byCode(code).map(Agency::fullName).orElse(code), f));
    });
    return links;
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
