package haul.story;

import haul.reference.Agencies;
import haul.reference.Agency;
import haul.stats.Area;
import haul.stats.AreaType;
import haul.stats.AreaYear;
import haul.stats.Change;
import haul.stats.Comparison;
import haul.stats.Count;
import haul.stats.DrugFigures;
import haul.stats.Release;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which agencies the totals a story tells are made of, this year and the year before: the total
 * the agency's change is set beside ({@code coverage.json} "compare_with": the police for a police
 * force), England and Wales, and the agency's region, each compared like with like
 * ({@link Comparison}), with the names of the agencies they may lack. Empty comparisons for a
 * release made without its totals' members (by hand, in tests).
 *
 * @param compared the total the agency's change is compared with
 * @param national England and Wales
 * @param regions every region's comparison
 * @param names every agency's full name by code, for the sentences that say which are missing
 * @param regionOf every agency's region by code (national agencies have none)
 * @param nationalDrugs when England and Wales's agencies are not all in the figures, each drug's
 *     quantity over the agencies that hold it in both years ({@link Release#likeForLikeQuantity}),
 *     by drug name; empty when the national total is complete in both years
 * @param police the police forces' total, whose members compared a national total's wording counts
 */
record Coverage(
    Optional<Comparison> compared,
    Optional<Comparison> national,
    List<Comparison> regions,
    Map<String, String> names,
    Map<String, String> regionOf,
    Map<String, DrugComparison> nationalDrugs,
    Optional<Comparison> police) {

  Coverage {
    regions = List.copyOf(regions);
    names = Map.copyOf(names);
    regionOf = Map.copyOf(regionOf);
    nationalDrugs = Map.copyOf(nationalDrugs);
  }

  static Coverage of(Release release, Agency agency, Agencies agencies, CoverageRules rules) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, String> regions = new LinkedHashMap<>();
    for (Agency a : agencies.all()) {
      names.put(a.code(), a.fullName());
      a.region().ifPresent(r -> regions.put(a.code(), r));
    }
    String total = rules.totalFor(agency.type());
    Optional<Comparison> compared = total(release, total);
    List<Comparison> regionComparisons = release.comparisons().stream().filter(c -> c.area().type() == AreaType.REGION).toList();
    Optional<Comparison> national = total(release, Area.ENGLAND_AND_WALES.code());
    return new Coverage(compared, national, regionComparisons, names, regions,
        national.filter(Comparison::lacksAgencies).map(c -> nationalDrugs(release, c.area())).orElse(Map.of()),
        total(release, Area.POLICE.code()));
  }

  /** Every drug with a unit, its quantity and seizures over the agencies that hold each in both years. */
  private static Map<String, DrugComparison> nationalDrugs(Release release, Area national) {
    Map<String, DrugComparison> drugs = new LinkedHashMap<>();
    for (DrugFigures drug : release.current(national.code()).map(AreaYear::drugs).orElse(List.of())) {
      release.likeForLikeQuantity(national, drug.drug()).ifPresent(q -> drugs.put(drug.drug(), new DrugComparison(national.code(),
          drug.drug(), drug.drugClass(), q.unit(), q.current(), q.previous(),
          release.likeForLike(national, a -> a.drug(drug.drug()).map(DrugFigures::seizures).orElse(Count.notAvailable()))
              .map(Change::current).orElse(Count.notAvailable()))));
    }
    return drugs;
  }

  /**
   * A national drug as the story tells its change: over the agencies that hold it in both years when
   * the national total lacks agencies, else as given.
   */
  DrugComparison nationalDrug(DrugComparison national) {
    return nationalDrugs.getOrDefault(national.drug(), national);
  }

  /** Whether the national totals lack agencies in either year, so that no total may be called England and Wales. */
  boolean nationalPartial() {
    return national.filter(Comparison::lacksAgencies).isPresent();
  }

  private static Optional<Comparison> total(Release release, String code) {
    return release.comparisons().stream().filter(c -> c.area().type() != AreaType.AGENCY && c.area().code().equals(code)).findFirst();
  }

  /** The comparison of a total by its code ({@code police}, {@code england-and-wales}). */
  Optional<Comparison> total(String code) {
    return Optional.of(this).flatMap(c -> c.compared.filter(x -> x.area().code().equals(code))
        .or(() -> c.national.filter(x -> x.area().code().equals(code))).or(() -> c.police.filter(x -> x.area().code().equals(code))));
  }

  /** A region's comparison by its name as tables print it ("South East"). */
  Optional<Comparison> region(String name) {
    return regions.stream().filter(c -> c.area().name().equals(name)).findFirst();
  }

  String name(String code) {
    return names.getOrDefault(code, code);
  }
}
