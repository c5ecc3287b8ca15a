package haul.publish;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Reads the time an edition becomes public, as {@code --at} and the API's {@code "at"} give it:
 * {@code 2023-04-20T09:30} is UK time (Europe/London), {@code 2023-04-20T09:30+01:00} carries its
 * offset. Years beyond 9999 (which parse, but no store can hold) and before 1970 are refused.
 */
public final class EmbargoTime {

  /** The zone of a time written without an offset. */
  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
  private static final Instant LATEST = LocalDateTime.parse("9999-12-31T23:59:59").atZone(LONDON).toInstant();

  private EmbargoTime() {}

  /** A text that is not a time an edition can have; {@link #reason()} says why without echoing it. */
  public static final class InvalidTime extends IllegalArgumentException {

    private final String reason;

    InvalidTime(String text, String reason) {
      super("'" + (text.length() <= 40 ? text : text.substring(0, 40) + "...") + "' " + reason);
      this.reason = reason;
    }

    /** Why, such as "is not a time: write 2023-04-20T09:30 ...". */
    public String reason() {
      return reason;
    }
  }

  /**
   * @throws InvalidTime saying how to write a time, or the range accepted
   */
  public static Instant parse(String text) {
    String value = text.strip().replace(' ', 'T');
    Instant instant;
    try {
      instant = OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        instant = LocalDateTime.parse(value).atZone(LONDON).toInstant();
      } catch (DateTimeParseException e) {
        throw new InvalidTime(text, "is not a time: write 2023-04-20T09:30 (UK time) or 2023-04-20T09:30+01:00");
      }
    }
    if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
      throw new InvalidTime(text, "is outside the times an edition can have (from 1970 to 9999)");
    }
    return instant;
  }
}
