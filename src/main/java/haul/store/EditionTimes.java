package haul.store;

import java.time.Instant;

/**
 * What an edition's status depends on, shared by the store's two views of an edition (the one
 * commands change and the one the server serves), so both tell the same status.
 */
public interface EditionTimes {
  int financialYearEnd();

  int number();

  Instant publicAt();

  boolean withdrawn();

  /** Whether the public may see it at a given time: its time has passed and it was not withdrawn. */
  default boolean isPublicAt(Instant now) {
    return !withdrawn() && !publicAt().isAfter(now);
  }
}
