package haul.demo;

import haul.reference.FinancialYear;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One edition of a year in the release calendar.
 *
 * @param status published when the date is a fact of reference-figures.md, estimated otherwise
 */
public record ScheduledRelease(
    FinancialYear year, int edition, ZonedDateTime publishedAt, FigureStatus status, String note) {

  public ScheduledRelease {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(publishedAt, "publishedAt");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(note, "note");
  }
}
