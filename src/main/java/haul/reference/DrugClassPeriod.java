package haul.reference;

import java.time.LocalDate;
import java.util.Optional;

/** A drug's class over an inclusive date range; an empty end is open. */
public record DrugClassPeriod(
    String drug, DrugClass drugClass, Optional<LocalDate> validFrom, Optional<LocalDate> validTo) {

  public boolean covers(LocalDate date) {
    return validFrom.map(from -> !date.isBefore(from)).orElse(true)
        && validTo.map(to -> !date.isAfter(to)).orElse(true);
  }
}
