package haul.story;

import haul.reference.Agencies;
import haul.reference.Agency;
import haul.stats.Area;
import haul.stats.AreaType;
import haul.stats.Comparison;
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
 */
record Coverage(
    Optional<Comparison> compared,
    Optional<Comparison> national,
    List<Comparison> regions,
    Map<String, String> names,
    Map<String, String> regionOf) {

  Coverage {
    regions = List.copyOf(regions);
    names = Map.copyOf(names);
    regionOf = Map.copyOf(regionOf);
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
    return new Coverage(compared, total(release, Area.ENGLAND_AND_WALES.code()), regionComparisons, names, regions);
  }

  private static Optional<Comparison> total(Release release, String code) {
    return release.comparisons().stream().filter(c -> c.area().type() != AreaType.AGENCY && c.area().code().equals(code)).findFirst();
  }

  /** Members of a comparison missing in both years. */
  static List<String> missingBoth(Comparison c) {
    return c.withoutCurrent().stream().filter(c.withoutPrevious()::contains).toList();
  }

  /** A region's comparison by its name as tables print it ("South East"). */
  Optional<Comparison> region(String name) {
    return regions.stream().filter(c -> c.area().name().equals(name)).findFirst();
  }

  String name(String code) {
    return names.getOrDefault(code, code);
  }
}
