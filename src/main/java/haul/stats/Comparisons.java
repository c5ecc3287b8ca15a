package haul.stats;

import haul.reference.Agency;
import haul.reference.FinancialYear;
import haul.reference.ReferenceData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the like-for-like {@link Comparison} of every total (each region, the police, England and
 * Wales) from the agency figures of two years, and the release note that says which agencies a
 * year's totals lack and which the changes leave out. Cost: a pass over the 45 agencies per total.
 */
final class Comparisons {

  private final ReferenceData reference;

  Comparisons(ReferenceData reference) {
    this.reference = reference;
  }

  /** The comparisons of the totals among {@code current}'s areas against {@code previous}. */
  List<Comparison> of(List<AreaYear> current, List<AreaYear> previous) {
    Map<String, AreaYear> now = byCode(current);
    Map<String, AreaYear> before = byCode(previous);
    List<Comparison> comparisons = new ArrayList<>();
    for (AreaYear area : current) {
      if (area.area().type() == AreaType.AGENCY) {
        continue;
      }
      List<String> members = reference.agencies().all().stream().filter(area.area().members()).map(Agency::code).toList();
      comparisons.add(Comparison.of(area.area(), members,
          new Change(area.seizures(), previous.stream().filter(p -> p.area().equals(area.area())).findFirst()
              .map(AreaYear::seizures).orElse(Count.notAvailable())),
          m -> seizures(now, m), m -> seizures(before, m)));
    }
    return comparisons;
  }

  /**
   * The note on a year whose agencies differ from the year before's: which agencies the totals lack
   * and which the changes leave out. Empty when both years have the same agencies, or either year
   * is not held at all.
   */
  Optional<Note> note(FinancialYear year, List<Comparison> comparisons) {
    Optional<Comparison> national = comparisons.stream()
        .filter(c -> c.area().type() == AreaType.ENGLAND_AND_WALES).findFirst();
    if (national.isEmpty() || !national.get().coverageDiffers() || national.get().compared().isEmpty()) {
      return Optional.empty();
    }
    Comparison all = national.get();
    StringBuilder text = new StringBuilder(totalsNoteStart(year));
    if (!all.withoutCurrent().isEmpty()) {
      text.append("; without figures: ").append(reference.agencies().fullNames(all.withoutCurrent()));
    }
    text.append(". Changes from ").append(year.previous().label()).append(" in the totals are computed over the ")
        .append(all.compared().size()).append(" agencies with figures in both years, leaving out ");
    List<String> parts = new ArrayList<>();
    if (!all.leftOutWithoutPrevious().isEmpty()) {
      parts.add(reference.agencies().fullNames(all.leftOutWithoutPrevious()) + " (no figures for " + year.previous().label() + ")");
    }
    if (!all.leftOutWithoutCurrent().isEmpty()) {
      parts.add(reference.agencies().fullNames(all.leftOutWithoutCurrent()) + " (no figures for " + year.label() + ")");
    }
    text.append(String.join(" and ", parts)).append('.');
    return Optional.of(new Note(year, Optional.empty(), text.toString()));
  }

  /** How the note on a year's totals begins (see {@link Release#isCoverageNote}). */
  static String totalsNoteStart(FinancialYear year) {
    return "Totals for " + year.label() + " are the sum of the agencies with figures";
  }

  /** The agencies' figures by code (a region's slug may be an agency's code: "west-midlands"). */
  private static Map<String, AreaYear> byCode(List<AreaYear> areas) {
    Map<String, AreaYear> map = new HashMap<>();
    areas.stream().filter(a -> a.area().type() == AreaType.AGENCY).forEach(a -> map.put(a.area().code(), a));
    return map;
  }

  private static Count seizures(Map<String, AreaYear> areas, String code) {
    return Optional.ofNullable(areas.get(code)).map(AreaYear::seizures).orElse(Count.notAvailable());
  }
}
