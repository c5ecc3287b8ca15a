package haul.stats;

import haul.reference.FinancialYear;
import java.util.List;
import java.util.Optional;

/**
 * All figures of one financial year, with the year before for comparison: every agency, every
 * region, the police total and England and Wales. Immutable; built by the store's queries, never
 * by loading rows into Java.
 *
 * @param current figures of {@code year}, agencies in {@code agencies.csv} order, then regions,
 *     then police, then England and Wales
 * @param previous the same areas for the year before (figures not available where nothing is held)
 * @param shares the ten regions' shares of all seizures in England and Wales in {@code year}
 * @param notes data-quality notes of {@code year} and of the year before
 */
public record Release(
    FinancialYear year,
    List<AreaYear> current,
    List<AreaYear> previous,
    List<RegionShare> shares,
    List<Note> notes) {

  public Release {
    current = List.copyOf(current);
    previous = List.copyOf(previous);
    shares = List.copyOf(shares);
    notes = List.copyOf(notes);
  }

  public Optional<AreaYear> current(String areaCode) {
    return current.stream().filter(a -> a.area().code().equals(areaCode)).findFirst();
  }

  public Optional<AreaYear> previous(String areaCode) {
    return previous.stream().filter(a -> a.area().code().equals(areaCode)).findFirst();
  }

  /** Seizures of an area this year against last year. */
  public Change seizuresChange(String areaCode) {
    return new Change(
        current(areaCode).map(AreaYear::seizures).orElse(Count.notAvailable()),
        previous(areaCode).map(AreaYear::seizures).orElse(Count.notAvailable()));
  }

  public List<Note> notesFor(String agencyCode) {
    return notes.stream().filter(n -> n.agencyCode().map(agencyCode::equals).orElse(false)).toList();
  }
}
