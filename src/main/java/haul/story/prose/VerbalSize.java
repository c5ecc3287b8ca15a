package haul.story.prose;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A size told in words ("more than halved", "a fifth", "almost unchanged") and the changes it fits:
 * one entry of {@code verbal-sizes.json}.
 *
 * @param name the entry's name, its usual words
 * @param from the smallest size of percent change it fits, included
 * @param below the size of percent change it stops short of; empty for no bound
 * @param past the words in a body sentence ("more than halved")
 * @param present the words in a headline ("more than halve")
 * @param alsoRead other words a human writer may use for the same size, which check-story reads
 * @param why the sentence that says why the bounds are where they are
 */
public record VerbalSize(
    String name,
    Kind kind,
    Direction direction,
    BigDecimal from,
    Optional<BigDecimal> below,
    String past,
    String present,
    List<String> alsoRead,
    String why) {

  /** How the words sit in a sentence. */
  public enum Kind {
    /** A verb: "seizures more than halved". */
    @JsonProperty("verb")
    VERB,
    /** After "by": "rose by a fifth", "up by a fifth". */
    @JsonProperty("fraction")
    FRACTION,
    /** After the noun: "seizures were almost unchanged". */
    @JsonProperty("state")
    STATE,
    /** "N times as many", written by {@link ProseRule#MULTIPLE}. */
    @JsonProperty("multiple")
    MULTIPLE
  }

  /** Which way the change goes. */
  public enum Direction {
    @JsonProperty("rise")
    RISE,
    @JsonProperty("fall")
    FALL,
    @JsonProperty("either")
    EITHER
  }

  public VerbalSize {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, name + ": kind");
    Objects.requireNonNull(direction, name + ": direction");
    Objects.requireNonNull(from, name + ": from");
    Objects.requireNonNull(below, name + ": below");
    Objects.requireNonNull(past, name + ": past");
    Objects.requireNonNull(present, name + ": present");
    alsoRead = List.copyOf(alsoRead);
    if (why == null || why.isBlank()) {
      throw new IllegalArgumentException(name + ": every verbal size says why its bounds are where they are");
    }
  }

  /** Whether a signed percent change (current against the year before) fits these words. */
  public boolean fits(BigDecimal percentChange) {
    int sign = percentChange.signum();
    if (direction == Direction.RISE && sign <= 0 || direction == Direction.FALL && sign >= 0) {
      return false;
    }
    BigDecimal size = percentChange.abs();
    return size.compareTo(from) >= 0 && below.map(b -> size.compareTo(b) < 0).orElse(true);
  }

  /**
   * The headline verb for a singular subject ("Amount of heroin seized ... more than doubles"): the
   * also-read form that is the present with an "s", so that the writer uses only words check-story
   * reads; empty when the rule book lists none.
   */
  public Optional<String> presentSingular() {
    return alsoRead.stream().filter(a -> a.equals(present + "s")).findFirst();
  }

  /** Whether a writer's words are this size's: its past, present or also-read forms, in any case. */
  public boolean isWrittenAs(String words) {
    String w = words.strip().toLowerCase(Locale.ROOT);
    return w.equals(past.toLowerCase(Locale.ROOT)) || w.equals(present.toLowerCase(Locale.ROOT))
        || alsoRead.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(w));
  }
}
