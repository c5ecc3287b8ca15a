package haul.ingest.returns;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * How to import returns.
 *
 * @param partial load the valid rows and keep the rejected ones aside, instead of refusing all
 * @param clock today's date for the "not in the future" rule
 * @param agency when present, the only agency whose rows may be loaded (an agency's token)
 * @param progress told how many bytes of input have been read so far (for a progress bar)
 */
public record ImportOptions(boolean partial, Clock clock, Optional<String> agency, LongConsumer progress) {

  /** The time zone of the statistics: a date is in the future when it is after today in London. */
  public static final ZoneId ZONE = ZoneId.of("Europe/London");

  public ImportOptions {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(progress, "progress");
  }

  /** All-or-nothing, any agency, the system clock in London, no progress reports. */
  public static ImportOptions defaults() {
    return new ImportOptions(false, Clock.system(ZONE), Optional.empty(), bytes -> {});
  }

  public ImportOptions withPartial(boolean partial) {
    return new ImportOptions(partial, clock, agency, progress);
  }

  public ImportOptions withClock(Clock clock) {
    return new ImportOptions(partial, clock, agency, progress);
  }

  public ImportOptions withAgency(String agencyCode) {
    return new ImportOptions(partial, clock, Optional.of(agencyCode), progress);
  }

  public ImportOptions withProgress(LongConsumer progress) {
    return new ImportOptions(partial, clock, agency, progress);
  }
}
