package haul.publish;

import haul.reference.AgencyType;
import haul.reference.ReferenceData;
import haul.stats.Area;
import haul.stats.Comparison;
import haul.stats.Release;
import haul.story.TotalNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the bulletin names its totals when the figures lack agencies (published tables without the
 * Welsh forces, say): the like-for-like rule of the stories ({@link Release#comparison}), in the
 * bulletin's words. A total whose agencies differ between the years is told over the agencies with
 * figures in both years ("across the 38 police forces and Border Force with figures in both years"),
 * shares are "of the seizures in these tables", and one sentence says which agencies each year lacks.
 * With every agency's figures in both years, the words are England and Wales's, as before.
 */
final class BulletinCoverage {

  private final Optional<Comparison> national;
  private final Optional<Comparison> police;
  private final ReferenceData reference;
  private final Release release;

  BulletinCoverage(Release release, ReferenceData reference) {
    this.release = release;
    this.reference = reference;
    this.national = release.comparison(Area.ENGLAND_AND_WALES).filter(Comparison::lacksAgencies);
    this.police = release.comparison(Area.POLICE);
  }

  /** Whether the national totals lack agencies in either year. */
  boolean partial() {
    return national.isPresent();
  }

  /** The national comparison, when the totals lack agencies and a like-for-like change exists. */
  Optional<Comparison> likeForLike() {
    return national.filter(c -> c.likeForLike().change().isPresent());
  }

  /** "all seizures in England and Wales" or "the seizures in these tables". */
  String allSeizures() {
    return partial() ? "the seizures in these tables" : "all seizures in England and Wales";
  }

  /** "in England and Wales" or "in these tables". */
  String where() {
    return partial() ? "in these tables" : "in England and Wales";
  }

  /**
   * "the 38 police forces and Border Force": the agencies a like-for-like change is over, named as
   * the stories and the dashboard name them ({@link TotalNames}).
   */
  String compared(Comparison c) {
    return TotalNames.bundled().compared(c, police).text();
  }

  /** The number of territorial forces with figures this year. */
  long territorialWithFigures() {
    return reference.agencies().all().stream().filter(a -> a.type() == AgencyType.TERRITORIAL)
        .filter(a -> release.current(a.code()).map(y -> y.seizures().isAvailable()).orElse(false)).count();
  }

  /**
   * Which agencies the tables lack: "The tables have no figures for Dyfed-Powys Police, ... for the
   * year to March 2016, nor for Bedfordshire Police and Hampshire Constabulary for the year to March
   * 2015." Empty when none is missing.
   */
  String missing() {
    if (national.isEmpty()) {
      return "";
    }
    Comparison c = national.get();
    List<String> parts = new ArrayList<>();
    List<String> both = c.withoutBoth();
    if (!both.isEmpty()) {
      parts.add(reference.agencies().fullNames(both) + " in either year");
    }
    if (!c.leftOutWithoutCurrent().isEmpty()) {
      parts.add(reference.agencies().fullNames(c.leftOutWithoutCurrent()) + " for " + release.year().prose());
    }
    if (!c.leftOutWithoutPrevious().isEmpty()) {
      parts.add(reference.agencies().fullNames(c.leftOutWithoutPrevious()) + " for " + release.year().previous().prose());
    }
    return "These tables have no figures for " + String.join(", nor for ", parts)
        + ": totals are the sum of the agencies with figures, and changes are told over those with figures in both years.";
  }
}
