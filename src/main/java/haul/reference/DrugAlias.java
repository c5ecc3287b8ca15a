package haul.reference;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Another name for a catalogue row, valid over an inclusive date range (a substance that changed
 * class moves between the "Other" rows).
 */
public record DrugAlias(
    String alias, String drug, Optional<LocalDate> validFrom, Optional<LocalDate> validTo) {

  public boolean covers(LocalDate date) {
    return validFrom.map(from -> !date.isBefore(from)).orElse(true)
        && validTo.map(to -> !date.isAfter(to)).orElse(true);
  }
}
