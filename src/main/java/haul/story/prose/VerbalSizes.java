package haul.story.prose;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import haul.json.HaulJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The sizes a story may tell in words, with the tolerance of each, read from
 * {@code /haul/story/prose/verbal-sizes.json}: the writer tells a change by the first entry that
 * fits it, and check-story accepts such words only when the data fit their entry. Immutable.
 */
public final class VerbalSizes {

  private static final String RESOURCE = "/haul/story/prose/verbal-sizes.json";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final List<VerbalSize> sizes;
  private final BigDecimal multipleFrom;

  public VerbalSizes(List<VerbalSize> sizes) {
    this.sizes = List.copyOf(sizes);
    this.multipleFrom =
        this.sizes.stream()
            .filter(s -> s.kind() == VerbalSize.Kind.MULTIPLE)
            .findFirst()
            .map(s -> BigDecimal.ONE.add(s.from().divide(HUNDRED)))
            .orElseThrow(() -> new IllegalArgumentException("the verbal sizes need a multiple entry: from when a rise is told as 'N times'"));
  }

  private static final class Holder {
    static final VerbalSizes BUNDLED = read();
  }

  /** The sizes bundled with this build. */
  public static VerbalSizes bundled() {
    return Holder.BUNDLED;
  }

  /** Every entry, in the file's order: the order the writer tries them in. */
  public List<VerbalSize> all() {
    return sizes;
  }

  /** The first entry that fits a signed percent change; empty when none does (then the percentage is told). */
  public Optional<VerbalSize> describe(BigDecimal percentChange) {
    return describe(percentChange, EnumSet.allOf(VerbalSize.Kind.class));
  }

  /** The first entry of the given kinds that fits a signed percent change. */
  public Optional<VerbalSize> describe(BigDecimal percentChange, Set<VerbalSize.Kind> kinds) {
    return sizes.stream().filter(s -> kinds.contains(s.kind()) && s.fits(percentChange)).findFirst();
  }

  /** The entry whose words these are ("more than halved", "little changed"), for check-story. */
  public Optional<VerbalSize> byWords(String words) {
    return sizes.stream().filter(s -> s.isWrittenAs(words)).findFirst();
  }

  /** A change too small to be told as a rise or a fall ("almost unchanged"). */
  public boolean isAlmostUnchanged(BigDecimal percentChange) {
    return describe(percentChange, EnumSet.of(VerbalSize.Kind.STATE)).isPresent();
  }

  /** The ratio of current to previous from which a rise is told as a multiple instead of a percentage (3). */
  public BigDecimal multipleFrom() {
    return multipleFrom;
  }

  /** Whether a rise from previous to current is told as a multiple ("nearly ten times") instead of a percentage. */
  public boolean isMultiple(BigDecimal current, BigDecimal previous) {
    return previous.signum() > 0 && ProseNumbers.ratio(current, previous).compareTo(multipleFrom) >= 0;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record FileSizes(List<FileSize> sizes) {}

  private record FileSize(
      String name,
      VerbalSize.Kind kind,
      VerbalSize.Direction direction,
      BigDecimal from,
      BigDecimal below,
      String past,
      String present,
      @JsonProperty("also_read") List<String> alsoRead,
      String why) {}

  private static VerbalSizes read() {
    try (InputStream in = VerbalSizes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      FileSizes file = HaulJson.mapper().readValue(in, FileSizes.class);
      return new VerbalSizes(
          file.sizes().stream()
              .map(s -> new VerbalSize(s.name(), s.kind(), s.direction(), s.from(), Optional.ofNullable(s.below()), s.past(),
                  s.present(), s.alsoRead() == null ? List.of() : s.alsoRead(), s.why()))
              .toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
