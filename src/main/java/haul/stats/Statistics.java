package haul.stats;

import haul.reference.Agency;
import haul.reference.Drug;
import haul.reference.DrugCatalogue;
import haul.reference.DrugClass;
import haul.reference.FinancialYear;
import haul.reference.ReferenceData;
import haul.reference.Region;
import haul.store.NotesRepository;
import haul.store.StatsFigure;
import haul.store.StatsQueries;
import haul.store.Store;
import haul.store.StoredNote;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The statistics of DESIGN.md for the years a store holds. Every figure is aggregated by the
 * store ({@link StatsQueries}); this class only names them: areas, drug rows, classes, shares.
 *
 * <p>Totals when an agency has no return: a region, the police and England and Wales are the sum
 * of the agencies that have the figure (the Home Office published FYE2021 totals without three
 * forces). The missing agency is "not available", and the release carries a note naming it.
 * A total is not available only when none of its agencies has the figure. When the agencies behind
 * a total differ between the two years of a release, its change is also given like for like, over
 * the agencies with figures in both years ({@link Release#comparison}), with a note saying which
 * agencies each year lacks and which the comparison leaves out.
 *
 * <p>Cost: one query per call, returning about 1,700 aggregated figures per year.
 */
public final class Statistics {

  private static final String AGENCY = "agency";
  private static final String REGION = "region";

  private final StatsQueries queries;
  private final NotesRepository notes;
  private final ReferenceData reference;
  private final Comparisons comparisons;

  public Statistics(Store store) {
    this.queries = new StatsQueries(store);
    this.notes = new NotesRepository(store);
    this.reference = store.reference();
    this.comparisons = new Comparisons(reference);
  }

  /** Years with any return or published table, oldest first. */
  public List<FinancialYear> yearsHeld() {
    return queries.yearsHeld().stream().map(FinancialYear::new).toList();
  }

  /** All figures of a year and of the year before; a year not held has every figure not available. */
  public Release release(FinancialYear year) {
    return releases(year, year).get(0);
  }

  /**
   * The releases of every year from {@code from} to {@code to}, oldest first, from one query: what
   * a time-series table needs.
   */
  public List<Release> releases(FinancialYear from, FinancialYear to) {
    return series(from, to).releases();
  }

  /**
   * The releases of every year from {@code from} to {@code to} with the fingerprint of the figures
   * and notes they were made from: what an edition records.
   */
  public ReleaseSeries series(FinancialYear from, FinancialYear to) {
    int fromEnd = from.previous().endYear();
    int toEnd = to.endYear();
    Map<Integer, List<StatsFigure>> byYear = new HashMap<>();
    List<StatsFigure> figures = queries.figures(fromEnd, toEnd);
    for (StatsFigure figure : figures) {
      byYear.computeIfAbsent(figure.financialYearEnd(), y -> new ArrayList<>()).add(figure);
    }
    Map<Integer, List<AreaYear>> areas = new HashMap<>();
    for (int end = fromEnd; end <= toEnd; end++) {
      areas.put(end, areaYears(new FinancialYear(end), byYear.getOrDefault(end, List.of())));
    }
    List<StoredNote> stored = notes.notes(fromEnd, toEnd);
    List<Release> releases = new ArrayList<>();
    for (int end = from.endYear(); end <= toEnd; end++) {
      FinancialYear year = new FinancialYear(end);
      List<AreaYear> current = areas.get(end);
      List<AreaYear> previous = areas.get(end - 1);
      List<Comparison> comparisons = this.comparisons.of(current, previous);
      List<Note> yearNotes = new ArrayList<>();
      yearNotes.addAll(notesOf(year.previous(), previous, stored));
      yearNotes.addAll(notesOf(year, current, stored));
      this.comparisons.note(year, comparisons).ifPresent(yearNotes::add);
      releases.add(new Release(year, current, previous, shares(current), yearNotes, comparisons));
    }
    return new ReleaseSeries(releases, fingerprint(figures, stored));
  }

  /**
   * SHA-256 of the agency figures (the cube) and the stored notes, in their byte-wise order; areas
   * are derived from them, so they need no hashing. Equal data gives an equal fingerprint in any
   * store.
   */
  private static String fingerprint(List<StatsFigure> figures, List<StoredNote> notes) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
    StringBuilder line = new StringBuilder();
    for (StatsFigure f : figures) {
      if (!f.areaType().equals(AGENCY)) {
        continue;
      }
      line.setLength(0);
      line.append(f.financialYearEnd()).append('\t').append(f.areaCode()).append('\t').append(f.itemKind())
          .append('\t').append(f.item()).append('\t').append(f.seizures()).append('\t')
          .append(f.quantity().map(BigDecimal::toPlainString).orElse("-")).append('\t')
          .append(f.linesWithoutQuantity()).append('\n');
      digest.update(line.toString().getBytes(StandardCharsets.UTF_8));
    }
    for (StoredNote n : notes) {
      line.setLength(0);
      line.append("note\t").append(n.financialYearEnd()).append('\t').append(n.agencyCode().orElse(""))
          .append('\t').append(n.text()).append(n.storyText().map(t -> "\tstory:" + t).orElse("")).append('\n');
      digest.update(line.toString().getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Stored notes of a year, then a note for each agency without figures in a year that is held. */
  private List<Note> notesOf(FinancialYear year, List<AreaYear> areas, List<StoredNote> stored) {
    List<Note> result = new ArrayList<>();
    stored.stream()
        .filter(n -> n.financialYearEnd() == year.endYear())
        .forEach(n -> result.add(new Note(year, n.agencyCode(), n.text(), n.storyText())));
    boolean held = areas.stream().anyMatch(a -> a.seizures().isAvailable());
    if (held) {
      for (AreaYear area : areas) {
        if (area.area().type() == AreaType.AGENCY && !area.seizures().isAvailable()) {
          Agency agency = reference.agencies().require(area.area().code());
          result.add(new Note(year, Optional.of(agency.code()), noReturn(agency, year)));
        }
      }
    }
    return result;
  }

  /** How a note on an agency without figures for a year ends (see {@link Release#isCoverageNote}). */
  static final String NO_FIGURES_TAIL = ": they are not available, and the totals that include it are the sum of the other agencies.";

  static String noReturn(Agency agency, FinancialYear year) {
    return agency.fullName() + " has no figures for " + year.label() + NO_FIGURES_TAIL;
  }

  private List<AreaYear> areaYears(FinancialYear year, List<StatsFigure> figures) {
    Map<String, List<StatsFigure>> byArea = new HashMap<>();
    for (StatsFigure figure : figures) {
      byArea.computeIfAbsent(figure.areaType() + "\t" + figure.areaCode(), k -> new ArrayList<>()).add(figure);
    }
    List<AreaYear> result = new ArrayList<>();
    for (Agency agency : reference.agencies().all()) {
      Area area = new Area(AreaType.AGENCY, agency.code(), agency.shortName());
      result.add(areaYear(area, year, byArea.getOrDefault(AGENCY + "\t" + agency.code(), List.of())));
    }
    for (Region region : reference.regions()) {
      Area area = new Area(AreaType.REGION, region.slug(), region.name());
      result.add(areaYear(area, year, byArea.getOrDefault(REGION + "\t" + region.name(), List.of())));
    }
    result.add(areaYear(Area.POLICE, year, byArea.getOrDefault("police\tpolice", List.of())));
    result.add(areaYear(
        Area.ENGLAND_AND_WALES, year, byArea.getOrDefault("england-and-wales\tengland-and-wales", List.of())));
    return result;
  }

  private AreaYear areaYear(Area area, FinancialYear year, List<StatsFigure> figures) {
    Map<String, StatsFigure> byItem = new HashMap<>();
    for (StatsFigure figure : figures) {
      byItem.put(figure.itemKind() + "\t" + figure.item(), figure);
    }
    Count seizures = seizures(byItem.get("total\tAll drugs"));
    List<DrugFigures> drugs = new ArrayList<>();
    DrugCatalogue catalogue = reference.drugs();
    for (Drug drug : catalogue.drugs()) {
      StatsFigure figure = byItem.get("drug\t" + drug.name());
      Optional<Quantity> quantity = drug.unit().map(unit -> new Quantity(
          figure == null ? Optional.empty() : figure.quantity(), unit));
      Count lines = figure == null || figure.linesWithoutQuantity().isEmpty()
          ? Count.notAvailable()
          : Count.of(figure.linesWithoutQuantity().getAsLong());
      drugs.add(new DrugFigures(
          drug.name(), catalogue.classInYear(drug.name(), year), seizures(figure), quantity, lines));
    }
    drugs.add(new DrugFigures(
        DrugCatalogue.ALL_CANNABIS, Optional.empty(), seizures(byItem.get("group\t" + DrugCatalogue.ALL_CANNABIS)),
        Optional.empty(), Count.notAvailable()));
    Map<DrugClass, Count> classes = new EnumMap<>(DrugClass.class);
    for (DrugClass drugClass : DrugClass.values()) {
      classes.put(drugClass, seizures(byItem.get("class\t" + drugClass.label())));
    }
    return new AreaYear(area, year, seizures, drugs, classes);
  }

  private static Count seizures(StatsFigure figure) {
    return figure == null || figure.seizures().isEmpty()
        ? Count.notAvailable()
        : Count.of(figure.seizures().getAsLong());
  }

  /** Each region's seizures as a share of England and Wales, unrounded. */
  private static List<RegionShare> shares(List<AreaYear> areas) {
    Count total = areas.stream()
        .filter(a -> a.area().type() == AreaType.ENGLAND_AND_WALES)
        .findFirst().map(AreaYear::seizures).orElse(Count.notAvailable());
    List<RegionShare> shares = new ArrayList<>();
    for (AreaYear area : areas) {
      if (area.area().type() != AreaType.REGION) {
        continue;
      }
      Optional<BigDecimal> share = Optional.empty();
      if (area.seizures().isAvailable() && total.isAvailable() && total.get() > 0) {
        share = Optional.of(BigDecimal.valueOf(area.seizures().get())
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(total.get()), MathContext.DECIMAL64));
      }
      shares.add(new RegionShare(area.area(), area.seizures(), share));
    }
    return shares;
  }
}
