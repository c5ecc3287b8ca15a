package haul.story;

import haul.stats.Area;
import haul.stats.Comparison;
import haul.stats.Release;
import java.util.Map;

/**
 * What a share is of, in words, by the wording rules of {@code coverage.json}: "all seizures in
 * England and Wales" when every agency has figures, "the seizures in these tables" when the tables
 * lack agencies (a share of a sum that leaves out the Welsh forces is no share of England and Wales).
 * The figure is the same either way: the agency's or region's seizures over the sum of the agencies
 * with figures.
 *
 * @param partial whether the national total lacks agencies this year or the year before
 */
record ShareWholes(boolean partial, CoverageRules rules) {

  static ShareWholes of(Release release) {
    return new ShareWholes(release.comparison(Area.ENGLAND_AND_WALES).filter(Comparison::lacksAgencies).isPresent(),
        CoverageRules.bundled());
  }

  /** "all seizures in England and Wales" or "the seizures in these tables". */
  String seizures() {
    return rules.words(partial ? "share_of_seizures" : "share_of_seizures_complete", Map.of());
  }

  /** Where the national trend a lede sets the agency against is: "across England and Wales" or "across the agencies with figures in both years". */
  String trendWhere() {
    return rules.words(partial ? "national_trend" : "national_trend_complete", Map.of());
  }

  /** "all cocaine seized in England and Wales" or "the cocaine seized in these tables". */
  String seized(String noun) {
    return rules.words(partial ? "share_of_drug" : "share_of_drug_complete", Map.of("drug", noun));
  }
}
