package haul.story;

import haul.reference.Agencies;
import haul.reference.Agency;
import haul.reference.FinancialYear;
import haul.stats.Area;
import haul.stats.AreaType;
import haul.stats.AreaYear;
import haul.stats.Change;
import haul.stats.Comparison;
import haul.stats.Count;
import haul.stats.DrugFigures;
import haul.stats.Note;
import haul.stats.Quantity;
import haul.stats.RegionShare;
import haul.stats.Release;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first stage of a story: every candidate figure for one agency and year, with its comparison,
 * and the national drug figures scored for newsworthiness by {@link StoryRules}.
 *
 * @param seizures the agency's seizures this year against last
 * @param national England and Wales seizures this year against last
 * @param nationalDrugs every national drug with a quantity, the most newsworthy first
 * @param localDrugs the agency's quantity of every drug with one, in table order
 * @param shares the regions' shares of all seizures in England and Wales, the largest first
 * @param agencyNotes data-quality notes on the agency's figures: this year's, or last year's when this year has none
 * @param releaseNotes notes on the whole release this year
 * @param nationalAgencies the national agencies' shares of all seizures, in {@code agencies.csv} order
 * @param previousReleaseNotes notes on the whole release for the year before, which qualify a comparison with it
 * @param rank the agency's place among the territorial forces by seizures this year (1 for the most); 0 when not ranked
 * @param previousRank its place the year before; 0 when not ranked
 * @param ranked how many territorial forces have figures this year
 * @param history the agency's seizures in every year the store holds up to this one, oldest first, available ones only
 * @param coverage which agencies the totals told are made of, each year, and their like-for-like comparisons
 * @param nationalAgencyDrugs the national agencies' quantity of every drug with one
 * @param policeDrugs the police forces' own quantity of every drug with one (every agency but Border Force)
 */
record StoryFacts(
    FinancialYear year,
    Agency agency,
    Change seizures,
    Change national,
    List<DrugCandidate> nationalDrugs,
    List<DrugComparison> localDrugs,
    List<RegionShare> shares,
    List<Note> agencyNotes,
    List<Note> releaseNotes,
    List<AgencyShare> nationalAgencies,
    List<Note> previousReleaseNotes,
    int rank,
    int previousRank,
    int ranked,
    List<YearCount> history,
    Coverage coverage,
    List<StoryPlan.AgencyDrug> nationalAgencyDrugs,
    List<DrugComparison> policeDrugs) {

  /** An agency's seizures in one year. */
  record YearCount(FinancialYear year, long seizures) {}

  StoryFacts {
    previousReleaseNotes = List.copyOf(previousReleaseNotes);
    history = List.copyOf(history);
    nationalDrugs = List.copyOf(nationalDrugs);
    localDrugs = List.copyOf(localDrugs);
    shares = List.copyOf(shares);
    agencyNotes = List.copyOf(agencyNotes);
    releaseNotes = List.copyOf(releaseNotes);
    nationalAgencies = List.copyOf(nationalAgencies);
    nationalAgencyDrugs = List.copyOf(nationalAgencyDrugs);
    policeDrugs = List.copyOf(policeDrugs);
  }

  /** The national drugs a story tells: those the national rules chose (a score above 0), the most newsworthy first, at most {@code tellAtMost}. */
  List<DrugComparison> nationalDrugsTold(int tellAtMost) {
    return nationalDrugs.stream().filter(c -> c.score() > 0).limit(tellAtMost).map(DrugCandidate::comparison).toList();
  }

  /**
   * The national agencies' figures of a national drug that they seized at least {@code from} per cent
   * of this year, other than the story's own agency, whose story tells its share itself.
   */
  List<StoryPlan.AgencyDrug> seizedMostlyBy(DrugComparison national, Optional<BigDecimal> from) {
    return nationalAgencyDrugs.stream()
        .filter(a -> !a.agency().code().equals(agency.code()) && a.drug().drug().equals(national.drug()))
        .filter(a -> seizedMost(a.drug(), national, from))
        .toList();
  }

  /**
   * Whether a national agency's story tells a national drug as its own share of it: when it seized
   * at least {@code from} per cent of it. A share of less than 1 per cent is no news (British Transport
   * Police's of the cocaine); its own figure against the year before is, as a force's is.
   */
  boolean toldAsShare(DrugComparison national, Optional<BigDecimal> from) {
    if (!agency.isNational()) {
      return false;
    }
    return from.isEmpty() || localDrug(national.drug()).filter(own -> seizedMost(own, national, from)).isPresent();
  }

  private static boolean seizedMost(DrugComparison part, DrugComparison national, Optional<BigDecimal> from) {
    if (from.isEmpty() || part.unit() != national.unit() || national.current().filter(q -> q.signum() > 0).isEmpty()
        || part.current().filter(q -> q.signum() > 0).isEmpty()) {
      return false;
    }
    return part.current().get().multiply(BigDecimal.valueOf(100)).compareTo(from.get().multiply(national.current().get())) >= 0;
  }

  /**
   * The police forces' own figure of a national drug, to set a force's figure beside like with like,
   * when the national agencies seized most of the national one ({@code seizedMostlyBy} not empty):
   * a force's 31 per cent rise beside the national 68 per cent, most of it Border Force's, compares
   * a force with the border (an editor's read). Empty when it cannot be compared with the year before.
   */
  Optional<DrugComparison> policeFigureBeside(DrugComparison national, List<StoryPlan.AgencyDrug> seizedMostlyBy) {
    if (seizedMostlyBy.isEmpty()) {
      return Optional.empty();
    }
    return policeDrugs.stream()
        .filter(p -> p.drug().equals(national.drug()) && p.unit() == national.unit() && p.isComparable())
        .filter(p -> p.previous().get().signum() > 0 && p.current().get().signum() > 0)
        .findFirst();
  }

  static StoryFacts gather(Release release, Agency agency, Agencies agencies, StoryRules rules) {
    return gather(release, List.of(), agency, agencies, rules);
  }

  /**
   * @param earlier the releases of the years before the release's previous year, oldest first (may
   *     be empty: then the history is the release's two years)
   */
  static StoryFacts gather(Release release, List<Release> earlier, Agency agency, Agencies agencies, StoryRules rules) {
    String nationalCode = Area.ENGLAND_AND_WALES.code();
    List<DrugComparison> national = drugComparisons(release, nationalCode);
    List<DrugComparison> local = drugComparisons(release, agency.code());
    List<RegionShare> shares =
        release.shares().stream()
            .filter(s -> s.region().type() == AreaType.REGION && s.sharePercent().isPresent())
            .sorted(Comparator.comparing((RegionShare s) -> s.sharePercent().orElseThrow()).reversed())
            .toList();
    return new StoryFacts(
        release.year(),
        agency,
        release.seizuresChange(agency.code()),
        // when the totals lack agencies, the national trend is the change over those with figures in both years
        release.comparison(Area.ENGLAND_AND_WALES).filter(Comparison::lacksAgencies).filter(c -> c.likeForLike().change().isPresent())
            .map(Comparison::likeForLike).orElseGet(() -> release.seizuresChange(nationalCode)),
        score(national, rules.nationalDrugs().rules()),
        local,
        shares,
        agencyNotes(release, agency.code()),
        release.notes().stream().filter(n -> n.agencyCode().isEmpty() && n.year().equals(release.year()))
            .filter(n -> !release.isCoverageNote(n)).toList(), // told in prose from the comparisons
        agencies.all().stream()
            .filter(Agency::isNational)
            .map(a -> new AgencyShare(a, seizuresOf(release, a.code()), seizuresOf(release, nationalCode)))
            .toList(),
        release.notes().stream().filter(n -> n.agencyCode().isEmpty() && n.year().equals(release.year().previous()))
            .filter(n -> !release.isCoverageNote(n)).toList(),
        rank(release.current(), agency, agencies),
        rank(release.previous(), agency, agencies),
        ranked(release, agencies),
        history(release, earlier, agency.code()),
        Coverage.of(release, agency, agencies, CoverageRules.bundled()),
        agencies.all().stream().filter(Agency::isNational)
            .flatMap(a -> drugComparisons(release, a.code()).stream().map(d -> new StoryPlan.AgencyDrug(a, d))).toList(),
        drugComparisons(release, Area.POLICE.code()));
  }

  /** The agency's place among the territorial forces by seizures (1 for the most), 0 when it has no figure or is national. */
  static int rank(List<AreaYear> areas, Agency agency, Agencies agencies) {
    if (agency.isNational()) {
      return 0;
    }
    Optional<Long> own = areas.stream().filter(a -> a.area().code().equals(agency.code()) && a.seizures().isAvailable())
        .map(a -> a.seizures().get()).findFirst();
    if (own.isEmpty()) {
      return 0;
    }
    long above = areas.stream()
        .filter(a -> a.area().type() == AreaType.AGENCY && a.seizures().isAvailable() && a.seizures().get() > own.get())
        .filter(a -> agencies.byCode(a.area().code()).map(x -> !x.isNational()).orElse(false))
        .count();
    return (int) above + 1;
  }

  private static int ranked(Release release, Agencies agencies) {
    return (int) agencies.all().stream().filter(a -> !a.isNational())
        .filter(a -> release.seizuresChange(a.code()).current().isAvailable()).count();
  }

  private static List<YearCount> history(Release release, List<Release> earlier, String code) {
    List<YearCount> years = new ArrayList<>();
    for (Release r : earlier) {
      if (r.year().compareTo(release.year().previous()) < 0) {
        r.current(code).map(AreaYear::seizures).filter(Count::isAvailable).ifPresent(c -> years.add(new YearCount(r.year(), c.get())));
      }
    }
    release.previous(code).map(AreaYear::seizures).filter(Count::isAvailable)
        .ifPresent(c -> years.add(new YearCount(release.year().previous(), c.get())));
    release.current(code).map(AreaYear::seizures).filter(Count::isAvailable)
        .ifPresent(c -> years.add(new YearCount(release.year(), c.get())));
    return years;
  }

  /** How many territorial forces a release ranks. */
  static int forces(Agencies agencies) {
    return (int) agencies.all().stream().filter(a -> !a.isNational()).count();
  }

  /** The agency's figures for one drug; empty when it has none. */
  Optional<DrugComparison> localDrug(String drug) {
    return localDrugs.stream().filter(c -> c.drug().equals(drug)).findFirst();
  }

  /** The agency's figures this year; empty when it made no return. */
  boolean hasReturn() {
    return seizures.current().isAvailable();
  }

  /** Another area's seizures this year, such as a national agency's. */
  static Count seizuresOf(Release release, String areaCode) {
    return release.current(areaCode).map(AreaYear::seizures).orElse(Count.notAvailable());
  }

  private static List<DrugComparison> drugComparisons(Release release, String areaCode) {
    Optional<AreaYear> current = release.current(areaCode);
    Optional<AreaYear> previous = release.previous(areaCode);
    List<DrugComparison> comparisons = new ArrayList<>();
    for (DrugFigures figures : current.map(AreaYear::drugs).orElse(List.of())) {
      if (figures.quantity().isEmpty()) {
        continue; // count-only and group rows have no quantity to tell
      }
      Quantity quantity = figures.quantity().get();
      Optional<BigDecimal> before =
          previous.flatMap(p -> p.drug(figures.drug())).flatMap(DrugFigures::quantity).flatMap(Quantity::value);
      comparisons.add(
          new DrugComparison(
              areaCode, figures.drug(), figures.drugClass(), quantity.unit(), quantity.value(), before, figures.seizures()));
    }
    return comparisons;
  }

  /** Each rule finds at most one drug; a drug keeps the best score of the rules that found it. */
  static List<DrugCandidate> score(List<DrugComparison> comparisons, List<StoryRules.DrugRule> rules) {
    Map<String, Integer> scores = new HashMap<>();
    Map<String, List<String>> reasons = new HashMap<>();
    for (StoryRules.DrugRule rule : rules) {
      comparisons.stream()
          .filter(c -> applies(rule, c))
          .max(Comparator.comparing(c -> size(rule, c)))
          .ifPresent(
              found -> {
                scores.merge(found.drug(), rule.score(), Math::max);
                reasons.computeIfAbsent(found.drug(), d -> new ArrayList<>()).add(rule.name());
              });
    }
    return comparisons.stream()
        .map(c -> new DrugCandidate(c, scores.getOrDefault(c.drug(), 0), reasons.getOrDefault(c.drug(), List.of())))
        .sorted(Comparator.comparingInt(DrugCandidate::score).reversed())
        .toList();
  }

  private static boolean applies(StoryRules.DrugRule rule, DrugComparison c) {
    if (!c.isComparable() || c.previous().get().signum() == 0) {
      return false;
    }
    if (rule.drugClassValue().isPresent() && !rule.drugClassValue().equals(c.drugClass())) {
      return false;
    }
    if (rule.unitValue().isPresent() && rule.unitValue().get() != c.unit()) {
      return false;
    }
    if (c.previous().get().compareTo(rule.minPrevious(c.unit())) < 0 || c.current().get().compareTo(rule.minCurrent(c.unit())) < 0) {
      return false;
    }
    if (rule.minPercentValue().filter(min -> c.percentChange().orElseThrow().abs().compareTo(min) < 0).isPresent()) {
      return false;
    }
    int sign = c.change().signum();
    return rule.direction() == StoryRules.Direction.RISE ? sign > 0 : sign < 0;
  }

  /** How far the drug moved in the rule's direction: larger is more newsworthy. */
  private static BigDecimal size(StoryRules.DrugRule rule, DrugComparison c) {
    BigDecimal moved = rule.by() == StoryRules.Measure.CHANGE ? c.change() : c.percentChange().orElseThrow();
    return rule.direction() == StoryRules.Direction.RISE ? moved : moved.negate();
  }

  /**
   * The notes a story repeats on the agency's figures: this year's, or last year's when this year
   * has none (a note on either year qualifies the comparison, but one note is enough for a reader).
   */
  private static List<Note> agencyNotes(Release release, String agencyCode) {
    // a note that the agency has no figures for a year is told by the lede ("no figures are held for the year before")
    List<Note> all = release.notesFor(agencyCode).stream().filter(n -> !release.isCoverageNote(n)).toList();
    List<Note> thisYear = all.stream().filter(n -> n.year().equals(release.year())).toList();
    return thisYear.isEmpty() ? all : thisYear;
  }
}
