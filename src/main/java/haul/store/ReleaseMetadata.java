package haul.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a release says about itself (issue 15 "Release metadata"): printed on the workbook's cover,
 * in the bulletin, the manifest and the dashboard's footer, so none of them holds a placeholder.
 *
 * @param title the release's title: "Seizures of drugs in England and Wales, year ending March 2022"
 * @param producer who produces the statistics: "Home Office"
 * @param sourceLine the line under every chart: "Source: Home Office, Seizures of drugs in England and Wales"
 * @param contactEmail whom readers write to
 * @param statisticsType "Official statistics", or what the figures are when they are not
 * @param releaseAt when the release is announced to be published
 * @param nextRelease when the next release is due
 * @param licence "Open Government Licence v3.0"
 * @param attribution whose figures a story says they are, completing "according to": "Home Office
 *     figures"; null when not given, and a story then says "figures from" the producer
 */
public record ReleaseMetadata(
    String title,
    String producer,
    String sourceLine,
    String contactEmail,
    String statisticsType,
    Instant releaseAt,
    LocalDate nextRelease,
    String licence,
    String attribution) {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  public ReleaseMetadata {
    Objects.requireNonNull(releaseAt, "releaseAt");
    Objects.requireNonNull(nextRelease, "nextRelease");
    requireText("title", title);
    requireText("producer", producer);
    requireText("source", sourceLine);
    requireText("statistics_type", statisticsType);
    requireText("licence", licence);
    if (attribution != null) {
      requireText("attribution", attribution);
    }
    if (contactEmail == null || !EMAIL.matcher(contactEmail).matches()) {
      throw new IllegalArgumentException("contact: '" + contactEmail + "' is not an email address: write one such as"
          + " crimestats@example.gov.uk");
    }
    if (!nextRelease.isAfter(releaseAt.atZone(java.time.ZoneOffset.UTC).toLocalDate())) {
      throw new IllegalArgumentException("next_release: " + nextRelease + " is not after the release date "
          + releaseAt.atZone(java.time.ZoneOffset.UTC).toLocalDate());
    }
  }

  /** A release's metadata without an attribution of its own. */
  public ReleaseMetadata(String title, String producer, String sourceLine, String contactEmail, String statisticsType,
      Instant releaseAt, LocalDate nextRelease, String licence) {
    this(title, producer, sourceLine, contactEmail, statisticsType, releaseAt, nextRelease, licence, null);
  }

  /** The attribution the metadata gives, if any. */
  public java.util.Optional<String> givenAttribution() {
    return java.util.Optional.ofNullable(attribution);
  }

  private static void requireText(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + ": give a value (it is printed on the release)");
    }
    if (value.length() > 500) {
      throw new IllegalArgumentException(field + ": " + value.length() + " characters; keep it under 500");
    }
  }
}
