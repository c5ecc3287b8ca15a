package haul.story.check;

import haul.story.prose.FactMeasure;
import haul.story.prose.ProseRule;
import haul.reference.Agency;
import haul.reference.DrugClass;
import haul.reference.ReferenceData;
import haul.reference.Unit;
import haul.stats.Area;
import haul.stats.AreaType;
import haul.stats.AreaYear;
import haul.stats.Comparison;
import haul.stats.Count;
import haul.stats.DrugFigures;
import haul.stats.Quantity;
import haul.stats.RegionShare;
import haul.stats.Release;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facts of a release a story can state, by area: each area's seizures, each drug's seizures
 * and quantity, both years, their changes and multiples, and shares of England and Wales's
 * seizures and of each drug's seizures and quantity. Built from the {@link Release} only: no store, no SQL.
 */
final class FactBook {

  /** How a class of drugs is named among the drugs of a series: "Class A". */
  static final String CLASS = "Class ";
  static final List<DrugClass> CLASSES = List.of(DrugClass.A, DrugClass.B, DrugClass.C);

  private final Release release;
  private final ReferenceData reference;
  private final Map<String, List<Series>> seriesByArea = new LinkedHashMap<>();
  private final String yearLabel;
  private final String previousYearLabel;

  FactBook(Release release, ReferenceData reference) {
    this.release = release;
    this.reference = reference;
    this.yearLabel = release.year().label();
    this.previousYearLabel = release.year().previous().label();
  }

  /** Every series of an area: its seizures first, then each class's seizures, then each drug's seizures and quantity. */
  List<Series> series(String areaCode) {
    return seriesByArea.computeIfAbsent(areaCode, this::build);
  }

  private List<Series> build(String areaCode) {
    Optional<AreaYear> current = release.current(areaCode);
    Optional<AreaYear> previous = release.previous(areaCode);
    Optional<Area> area = current.or(() -> previous).map(AreaYear::area);
    if (area.isEmpty()) {
      return List.of();
    }
    String name = areaName(area.get());
    List<Series> series = new ArrayList<>();
    series.add(
        new Series(area.get(), name, Optional.empty(), Optional.empty(),
            current.flatMap(a -> count(a.seizures())), previous.flatMap(a -> count(a.seizures()))));
    // "class A drugs were found in 46,000 seizures": the seizures of each class (a seizure of two counts in both)
    for (DrugClass drugClass : CLASSES) {
      Optional<BigDecimal> now = current.flatMap(a -> count(a.classSeizures(drugClass)));
      Optional<BigDecimal> before = previous.flatMap(a -> count(a.classSeizures(drugClass)));
      if (now.isPresent() || before.isPresent()) {
        series.add(new Series(area.get(), name, Optional.of(CLASS + drugClass.label()), Optional.empty(), now, before));
      }
    }
    // a total whose agencies are not all in the figures is told like with like (over the agencies
    // with figures in both years, Release.comparison): that change is a fact of the release too
    if (area.get().type() != AreaType.AGENCY) {
      release.comparison(area.get())
          .filter(Comparison::lacksAgencies)
          .filter(c -> c.likeForLike().change().isPresent())
          .ifPresent(c -> series.add(new Series(area.get(), name, Optional.empty(), Optional.empty(),
              count(c.likeForLike().current()), count(c.likeForLike().previous()))));
    }
    List<String> drugs = new ArrayList<>();
    current.ifPresent(a -> a.drugs().forEach(d -> drugs.add(d.drug())));
    previous.ifPresent(a -> a.drugs().stream().map(DrugFigures::drug).filter(d -> !drugs.contains(d)).forEach(drugs::add));
    for (String drug : drugs) {
      Optional<DrugFigures> now = current.flatMap(a -> a.drug(drug));
      Optional<DrugFigures> before = previous.flatMap(a -> a.drug(drug));
      series.add(
          new Series(area.get(), name, Optional.of(drug), Optional.empty(),
              now.flatMap(d -> count(d.seizures())), before.flatMap(d -> count(d.seizures()))));
      Optional<Unit> unit = now.or(() -> before).flatMap(DrugFigures::quantity).map(Quantity::unit);
      if (unit.isPresent()) {
        series.add(
            new Series(area.get(), name, Optional.of(drug), unit,
                now.flatMap(DrugFigures::quantity).flatMap(Quantity::value),
                before.flatMap(DrugFigures::quantity).flatMap(Quantity::value)));
      }
      likeForLike(area.get(), name, drug, unit, series);
    }
    return List.copyOf(series);
  }

  /**
   * A drug of a total whose agencies are not all in the figures is told like with like too: its
   * seizures and quantity over the agencies that hold each in both years ({@link Release#likeForLike},
   * {@link Release#likeForLikeQuantity}), added when they differ from the totals as published.
   */
  private void likeForLike(Area area, String name, String drug, Optional<Unit> unit, List<Series> series) {
    if (area.type() == AreaType.AGENCY || release.comparison(area)
        .filter(Comparison::lacksAgencies).isEmpty()) {
      return;
    }
    release.likeForLike(area, a -> a.drug(drug).map(DrugFigures::seizures).orElse(Count.notAvailable()))
        .filter(c -> c.change().isPresent())
        .map(c -> new Series(area, name, Optional.of(drug), Optional.empty(), count(c.current()), count(c.previous())))
        .filter(s -> series.stream().noneMatch(o -> sameFigures(o, s)))
        .ifPresent(series::add);
    if (unit.isPresent()) {
      release.likeForLikeQuantity(area, drug).filter(q -> q.isComparable())
          .map(q -> new Series(area, name, Optional.of(drug), unit, q.current(), q.previous()))
          .filter(s -> series.stream().noneMatch(o -> sameFigures(o, s)))
          .ifPresent(series::add);
    }
  }

  private static boolean sameFigures(Series a, Series b) {
    return a.unit().equals(b.unit()) && a.drug().equals(b.drug()) && same(a.current(), b.current()) && same(a.previous(), b.previous());
  }

  private static boolean same(Optional<BigDecimal> a, Optional<BigDecimal> b) {
    return a.isPresent() == b.isPresent() && (a.isEmpty() || a.get().compareTo(b.get()) == 0);
  }

  /**
   * The numbers of police forces a story may say have figures: the territorial forces with figures
   * this year and the year before, and the police forces (British Transport Police among them) with
   * figures in both years, over which a total's change is told like with like ("across the 38 police
   * forces with figures in both years"). Empty when every agency has figures in both years.
   */
  java.util.Set<Long> forcesWithFigures() {
    java.util.Set<Long> counts = new java.util.TreeSet<>();
    release.comparison(Area.POLICE).filter(Comparison::lacksAgencies).ifPresent(c -> {
      counts.add((long) c.compared().size());
      counts.add(territorialWithFigures(release.current()));
      counts.add(territorialWithFigures(release.previous()));
    });
    return counts;
  }

  private long territorialWithFigures(List<AreaYear> areas) {
    return areas.stream().filter(a -> a.area().type() == AreaType.AGENCY && a.seizures().isAvailable())
        .filter(a -> reference.agencies().byCode(a.area().code()).map(x -> x.type() == haul.reference.AgencyType.TERRITORIAL).orElse(false))
        .count();
  }

  private String areaName(Area area) {
    if (area.type() == AreaType.AGENCY) {
      return reference.agencies().byCode(area.code()).map(Agency::fullName).orElse(area.name());
    }
    return area.type() == AreaType.POLICE ? "the police" : area.name();
  }

  private static Optional<BigDecimal> count(Count count) {
    return count.isAvailable() ? Optional.of(BigDecimal.valueOf(count.get())) : Optional.empty();
  }

  /**
   * An area's share of all seizures in England and Wales this year: the release's own unrounded
   * figure for a region, computed the same way for an agency.
   */
  Optional<Candidate> share(String areaCode) {
    String year = release.year().label();
    Optional<RegionShare> region = release.shares().stream().filter(s -> s.region().code().equals(areaCode)).findFirst();
    Optional<Series> series;
    Optional<BigDecimal> share;
    if (region.isPresent()) {
      Area area = region.get().region();
      series = Optional.of(
          new Series(area, area.name(), Optional.empty(), Optional.empty(), count(region.get().seizures()), Optional.empty()));
      share = region.get().sharePercent();
    } else {
      series = seizures(areaCode);
      Optional<BigDecimal> seizures = series.flatMap(Series::current);
      Optional<BigDecimal> all = seizures(Area.ENGLAND_AND_WALES.code()).flatMap(Series::current);
      share = seizures.isEmpty() || all.isEmpty() || all.get().signum() == 0
          ? Optional.empty()
          : Optional.of(seizures.get().multiply(BigDecimal.valueOf(100)).divide(all.get(), MathContext.DECIMAL64));
    }
    if (series.isEmpty() || share.isEmpty()) {
      return Optional.empty();
    }
    Series s = series.get();
    return Optional.of(new Candidate(s, Role.SHARE,
        new Fact(s.areaName() + "'s share of all seizures in England and Wales in " + year, areaCode,
            Optional.empty(), FactMeasure.SHARE, year, share.get(), "per cent"),
        ProseRule.WHOLE_PERCENT));
  }

  /**
   * An area's share of a drug in England and Wales this year: of its quantity ("91 per cent of all
   * cocaine seized in England and Wales") or of its seizures, computed as the story generator does.
   */
  Optional<Candidate> share(String areaCode, String drug, boolean quantity) {
    Optional<Series> own = drugSeries(areaCode, drug, quantity);
    Optional<Series> whole = drugSeries(Area.ENGLAND_AND_WALES.code(), drug, quantity);
    if (own.isEmpty() || whole.isEmpty() || own.get().current().isEmpty() || whole.get().current().isEmpty()
        || whole.get().current().get().signum() == 0) {
      return Optional.empty();
    }
    Series s = own.get();
    String year = release.year().label();
    BigDecimal share =
        s.current().get().multiply(BigDecimal.valueOf(100)).divide(whole.get().current().get(), MathContext.DECIMAL64);
    return Optional.of(new Candidate(s, Role.SHARE,
        new Fact(s.areaName() + "'s share of all " + whole.get().what() + " in " + year, areaCode,
            Optional.of(drug), FactMeasure.SHARE, year, share, "per cent"),
        ProseRule.WHOLE_PERCENT));
  }

  private Optional<Series> drugSeries(String areaCode, String drug, boolean quantity) {
    return series(areaCode).stream()
        .filter(s -> s.drug().equals(Optional.of(drug)) && s.isQuantity() == quantity)
        .findFirst();
  }

  /** The area's seizures series. */
  Optional<Series> seizures(String areaCode) {
    return series(areaCode).stream().filter(s -> s.drug().isEmpty()).findFirst();
  }

  /** The fact of a series in a role, when the data hold it. */
  Optional<Candidate> candidate(Series series, Role role) {
    String year = yearLabel;
    String previousYear = previousYearLabel;
    String unit = series.unit().map(Unit::label).orElse("seizures");
    String areaCode = series.area().code();
    return switch (role) {
      case CURRENT -> series.current().map(v -> new Candidate(series, role,
          new Fact(series.what() + " in " + year, areaCode, series.drug(), measure(series), year, v, unit),
          rule(series)));
      case PREVIOUS -> series.previous().map(v -> new Candidate(series, role,
          new Fact(series.what() + " in " + previousYear, areaCode, series.drug(), measure(series), previousYear, v, unit),
          rule(series)));
      case PERCENT_CHANGE -> series.percentChange().map(v -> new Candidate(series, role,
          new Fact("change in " + series.what() + ", " + previousYear + " to " + year, areaCode, series.drug(),
              FactMeasure.PERCENT_CHANGE, previousYear + " to " + year, v, "per cent"),
          ProseRule.WHOLE_PERCENT));
      case MULTIPLE -> series.multiple().map(v -> new Candidate(series, role,
          new Fact(series.what() + " in " + year + " as a multiple of " + previousYear, areaCode, series.drug(),
              FactMeasure.MULTIPLE, previousYear + " to " + year, v, "times"),
          ProseRule.MULTIPLE));
      case SHARE -> share(areaCode);
    };
  }

  private static FactMeasure measure(Series series) {
    return series.isQuantity() ? FactMeasure.QUANTITY : FactMeasure.SEIZURES;
  }

  private static ProseRule rule(Series series) {
    if (series.unit().isPresent()) {
      return switch (series.unit().get()) {
        case KG -> ProseRule.KG;
        case DOSES -> ProseRule.DOSES;
        case PLANTS -> ProseRule.PLANTS;
      };
    }
    return series.area().type() == AreaType.AGENCY ? ProseRule.EXACT_COUNT : ProseRule.THOUSANDS_COUNT;
  }
}
