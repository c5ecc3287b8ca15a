package haul.story.check;

import haul.story.prose.VerbalSize;
import haul.story.prose.VerbalSizes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the sizes a story tells in words ("more than halved", "nearly doubled", "up by a fifth",
 * "almost unchanged") by the words of the one rule book, {@link VerbalSizes}, whose bounds then
 * judge them. One regular-expression pass over a paragraph; the longest words win ("more than
 * halved" over "halved").
 */
final class VerbalWords {

  /** A size in words at offsets of the searched text. */
  record Found(int start, int end, VerbalSize size, BigDecimal value, Optional<Integer> direction) {}

  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  /** "unchanged at 189,000" tells the figure after it, which is checked; the words are not a claim of their own. */
  private static final Pattern TELLS_THE_NEXT_FIGURE = Pattern.compile("^\\s+(?:at|on)\\s+[\\d(]");
  /**
   * "a fifth of all seizures" is a share in words, which the rule book does not hold (its fractions
   * are changes, "up by a fifth"): such words are left unread rather than judged as a change.
   */
  private static final Pattern OF_AFTER = Pattern.compile("^\\s+of(?![\\p{L}])");

  /** "more than a fifth", "nearly a quarter": a hedge before a fraction (group 1 above, else below). */
  private static final Pattern HEDGE_BEFORE =
      Pattern.compile("(?i)(?<![\\p{L}])(?:(more\\s+than|over|just\\s+over)|(?:nearly|almost|just\\s+under|under|less\\s+than))\\s+$");

  private final VerbalSizes sizes;
  private final NameScanner scanner;
  private final List<VerbalSize> fractions;

  VerbalWords(VerbalSizes sizes) {
    this.sizes = sizes;
    List<String> words = new ArrayList<>();
    for (VerbalSize size : sizes.all()) {
      if (size.kind() == VerbalSize.Kind.MULTIPLE) {
        continue; // "nearly ten times" is a figure in digits' words, read by FigureReader
      }
      words.add(size.past());
      words.add(size.present());
      words.addAll(size.alsoRead());
    }
    this.scanner = new NameScanner(words);
    this.fractions = sizes.all().stream().filter(z -> z.kind() == VerbalSize.Kind.FRACTION)
        .sorted(java.util.Comparator.comparing(VerbalSize::from)).toList();
  }

  /** Every size in words in a text, in order. */
  List<Found> find(String text) {
    List<Found> found = new ArrayList<>();
    for (NameScanner.Found matcher : scanner.find(text)) {
      Optional<VerbalSize> size = sizes.byWords(NameScanner.normal(matcher.text()));
      if (size.isEmpty()) {
        continue;
      }
      String rest = text.substring(matcher.end(), Math.min(text.length(), matcher.end() + 12));
      VerbalSize.Kind kind = size.get().kind();
      if (kind == VerbalSize.Kind.FRACTION ? OF_AFTER.matcher(rest).find() : TELLS_THE_NEXT_FIGURE.matcher(rest).find()) {
        continue;
      }
      int start = matcher.start();
      VerbalSize judged = size.get();
      if (kind == VerbalSize.Kind.FRACTION) {
        Matcher hedge = HEDGE_BEFORE.matcher(text.substring(Math.max(0, start - 16), start));
        if (hedge.find()) {
          judged = hedged(judged, hedge.group(1) != null);
          start = Math.max(0, matcher.start() - 16) + hedge.start();
        }
      }
      found.add(new Found(start, matcher.end(), judged, value(judged), direction(judged)));
    }
    return found;
  }

  /**
   * A hedged fraction, which the rule book does not hold (it writes only "by a fifth"): its bounds
   * widened on the hedge's side up to the next fraction of the rule book, so "more than a fifth" is a
   * change from 20.5 up to the 24.5 per cent where "a quarter" starts, and "nearly a fifth" one from
   * the end of "a tenth" up to 19.5. Kept here until the rule book holds hedged sizes.
   */
  private VerbalSize hedged(VerbalSize size, boolean above) {
    int at = fractions.indexOf(size);
    BigDecimal from;
    BigDecimal below;
    if (above) {
      from = size.below().orElse(size.from());
      below = at + 1 < fractions.size() ? fractions.get(at + 1).from() : from.multiply(BigDecimal.valueOf(1.25));
    } else {
      below = size.from();
      from = at > 0 ? fractions.get(at - 1).below().orElse(fractions.get(at - 1).from())
          : below.multiply(BigDecimal.valueOf(0.75));
    }
    String words = (above ? "more than " : "nearly ") + size.past();
    return new VerbalSize(words, size.kind(), size.direction(), from, Optional.of(below), words, words, List.of(),
        "a hedged fraction, bounded by the rule book's neighbouring fractions");
  }

  /** The middle of the size's bounds, for the report: "halved" is 50 per cent. */
  private static BigDecimal value(VerbalSize size) {
    return size.below().map(b -> size.from().add(b).divide(TWO)).orElse(size.from()).stripTrailingZeros();
  }

  private static Optional<Integer> direction(VerbalSize size) {
    return switch (size.direction()) {
      case RISE -> Optional.of(1);
      case FALL -> Optional.of(-1);
      case EITHER -> size.kind() == VerbalSize.Kind.STATE ? Optional.of(0) : Optional.empty();
    };
  }
}
