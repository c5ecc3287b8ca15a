package haul.store;

import java.time.Instant;
import java.util.Collection;
import java.util.Locale;

/**
 * An edition's status at the time of asking (DESIGN.md "Editions"), told by the API and {@code haul
 * edition list}, never written into an edition's files: embargoed until its time, then public
 * until a later edition of its year is public, then superseded; withdrawn, if it was withdrawn
 * before its time, for good.
 */
public enum EditionStatus {
  EMBARGOED,
  PUBLIC,
  SUPERSEDED,
  WITHDRAWN;

  /**
   * The status of an edition at a time, given the editions held (of any year): a later edition of
   * its year that is public now supersedes it.
   */
  public static EditionStatus of(EditionTimes edition, Collection<? extends EditionTimes> held, Instant now) {
    boolean laterPublic = held.stream().anyMatch(e -> e.financialYearEnd() == edition.financialYearEnd()
        && e.number() > edition.number() && e.isPublicAt(now));
    return of(edition.withdrawn(), !edition.publicAt().isAfter(now), laterPublic);
  }

  /**
   * @param publicNow whether its time has passed
   * @param laterPublic whether a later edition of its year, not withdrawn, is public now
   */
  static EditionStatus of(boolean withdrawn, boolean publicNow, boolean laterPublic) {
    if (withdrawn) {
      return WITHDRAWN;
    }
    if (!publicNow) {
      return EMBARGOED;
    }
    return laterPublic ? SUPERSEDED : PUBLIC;
  }

  /** {@code embargoed}, as JSON and the command line write it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
