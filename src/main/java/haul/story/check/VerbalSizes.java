package haul.story.check;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes written in words ("doubled", "more than halved", "a fifth", "almost unchanged"), read from
 * {@code /haul/story/check/verbal-sizes.json} with the tolerance each is judged within. Immutable;
 * finding them is one regular-expression pass over a paragraph.
 */
final class VerbalSizes {

  /** What a size in words states. */
  enum Measure {
    /** This year over last year: "doubled". */
    MULTIPLE,
    /** A signed change in per cent: "halved", "unchanged". */
    CHANGE,
    /** A per cent in words, a share or a change as its sentence says: "a fifth". */
    FRACTION
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Size(String words, String measure, BigDecimal value, BigDecimal absolute, boolean hedged) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Tolerance(BigDecimal plain, BigDecimal hedged) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Book(Tolerance tolerance, List<Size> sizes) {}

  /** A size found in a text, at offsets of that text. */
  record Found(int start, int end, Measure measure, BigDecimal value, Optional<BigDecimal> absolute, boolean hedged) {}

  private static final String RESOURCE = "/haul/story/check/verbal-sizes.json";
  /** "unchanged at 189,000" tells the figure after it, which is checked; the word is not a claim of its own. */
  private static final Pattern TELLS_THE_NEXT_FIGURE = Pattern.compile("^\\s+(?:at|on)\\s+[\\d(]");

  private final Book book;
  private final Pattern pattern;

  private VerbalSizes(Book book) {
    this.book = book;
    StringBuilder regex = new StringBuilder("(?i)(?<![\\p{L}-])(?:");
    for (int i = 0; i < book.sizes().size(); i++) {
      regex.append(i == 0 ? "" : "|").append('(').append(book.sizes().get(i).words().replace(" ", "\\s+")).append(')');
    }
    this.pattern = Pattern.compile(regex.append(")(?![\\p{L}-])").toString());
  }

  static VerbalSizes bundled() {
    try (InputStream in = VerbalSizes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      return new VerbalSizes(JsonMapper.builder().build().readValue(in, Book.class));
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /** Every size in words in a text, in order. */
  List<Found> find(String text) {
    List<Found> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      int group = 1;
      while (matcher.group(group) == null) {
        group++;
      }
      Size size = book.sizes().get(group - 1);
      Measure measure = Measure.valueOf(size.measure().toUpperCase(java.util.Locale.ROOT));
      String rest = text.substring(matcher.end(), Math.min(text.length(), matcher.end() + 12));
      if (measure != Measure.FRACTION && TELLS_THE_NEXT_FIGURE.matcher(rest).find()) {
        continue;
      }
      found.add(new Found(matcher.start(), matcher.end(), measure, size.value(), Optional.ofNullable(size.absolute()),
          size.hedged()));
    }
    return found;
  }

  /** How far from its value the data may lie for a size in words, in the size's unit. */
  BigDecimal tolerance(Found size, boolean hedged) {
    if (size.absolute().isPresent()) {
      return size.absolute().get();
    }
    BigDecimal share = hedged || size.hedged() ? book.tolerance().hedged() : book.tolerance().plain();
    return size.value().abs().multiply(share);
  }
}
