package haul.story.check;

import haul.reference.FinancialYear;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words around a figure that say which year it is for and which way a change went: "last
 * year", "the year before", "in the year to March 2022", "down from", "a fall of", "rose ... to".
 */
final class Cues {

  /** A year the words name, relative to the release. */
  enum Period {
    CURRENT,
    PREVIOUS,
    /** A year the release does not hold. */
    OTHER
  }

  private static final Pattern PERIOD =
      Pattern.compile(
          "(?i)(?<![\\p{L}])(?:(last year|this year|the latest year|the past year)"
              // "more cocaine than the year before: 463kg" and "ten times that of the year before: 1,837kg"
              // compare with the year; they do not date the figure after them
              + "|((?<!than\\s)(?<!that\\sof\\s)(?<!those\\sof\\s)(?<!as\\smuch\\sas\\s)(?:the year before|the previous year|a year earlier|the year earlier|the prior year"
              + "|a year before))"
              + "|(?:year|12 months)\\s+(?:to|ending|ended)\\s+(?:31\\s+)?March\\s+(\\d{4})"
              + "|(\\d{4})[/-](\\d{2})(?!\\d)"
              + "|FYE\\s?(\\d{4})"
              + "|(?:in|during|for|throughout)\\s+(\\d{4})(?![\\d/\\-–]))");
  private static final Pattern DIRECTION =
      Pattern.compile(
          "(?i)(?<![\\p{L}])(?:(down|fell|fall|falls|fallen|falling|drop|drops|dropped|decrease|decreased|decreases"
              + "|decline|declined|declines|lower|fewer|less|reduction|reduced|cut)"
              + "|(up(?!\\s+to\\b)|rose|rise|rises|risen|rising|increase|increased|increases|grew|growth|higher|more"
              + "|jumped|jump|climbed|soared|doubled|tripled|trebled))(?![\\p{L}])");
  private static final Pattern FROM_BEFORE =
      Pattern.compile("(?i)(?<![\\p{L}])(from|compared\\s+(?:with|to)|against)\\s+$");
  private static final Pattern TO_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])to\\s+$");
  private static final Pattern VERB_TO_BEFORE =
      Pattern.compile(
          "(?i)(?<![\\p{L}])(?:(fell|fallen|dropped|decreased|declined|went down)"
              + "|(rose|risen|increased|grew|climbed|jumped|soared|went up))\\s+to\\s+$");
  private static final Pattern DIRECTION_AFTER =
      Pattern.compile(
          "(?i)^[\\s,]*(?:(lower|fewer|less|down|drop|fall|decrease)|(higher|more|up|rise|increase))(?![\\p{L}])");

  private static final Pattern SHARE_OF_TOTAL =
      Pattern.compile("(?i)^[\\s,]*of\\s+the\\s+(?:national\\s+)?total(?![\\p{L}])");
  private static final Pattern SHARE_OF_ALL =
      Pattern.compile(
          "(?i)^[\\s,]*of\\s+(?:all\\s+|the\\s+)?((?:[\\p{L}-]+\\s+){0,3}?)(seized|seizures|confiscated)(?![\\p{L}])");
  private static final Pattern DENOMINATOR_AREA =
      Pattern.compile("(?i)^\\s+(?:in|across|throughout)\\s+$");

  private Cues() {}

  /** What a share names as its whole. */
  enum Whole {
    /** "of all seizures", "of all cocaine seizures": a count of seizures. */
    SEIZURES,
    /** "of all cocaine seized": a drug's quantity. */
    SEIZED,
    /** "of the total": the whole of the figure before it. */
    TOTAL
  }

  /**
   * The words right after a per cent that make it a share and name its whole: "of all cocaine
   * seized", "of all seizures", "of the drugs seized", "of the total".
   *
   * @return the whole, located at the words between "of all" and "seized" (where a drug may be named)
   */
  static Optional<Located<Whole>> shareOf(String after) {
    Matcher total = SHARE_OF_TOTAL.matcher(after);
    if (total.find()) {
      return Optional.of(new Located<>(Whole.TOTAL, total.end(), total.end()));
    }
    Matcher all = SHARE_OF_ALL.matcher(after);
    if (!all.find()) {
      return Optional.empty();
    }
    Whole whole = all.group(2).equalsIgnoreCase("seizures") ? Whole.SEIZURES : Whole.SEIZED;
    return Optional.of(new Located<>(whole, all.start(1), all.end(1)));
  }

  /**
   * Whether the words between a share cue and an area make the area the share's denominator: "91
   * per cent of all cocaine seized| in |England and Wales".
   */
  static boolean denominatorBefore(String afterPercent) {
    Matcher all = SHARE_OF_ALL.matcher(afterPercent);
    return all.find() && DENOMINATOR_AREA.matcher(afterPercent.substring(all.end())).matches();
  }

  /** Every period named in a stretch of words, in order. */
  static java.util.List<Located<Period>> periods(String words, FinancialYear year) {
    java.util.List<Located<Period>> all = new java.util.ArrayList<>();
    Matcher matcher = PERIOD.matcher(words);
    while (matcher.find()) {
      periodOf(matcher, year).ifPresent(p -> all.add(new Located<>(p, matcher.start(), matcher.end())));
    }
    return all;
  }

  /** A period named in a stretch of words, the one nearest its end (or its start when {@code fromStart}). */
  static Optional<Located<Period>> period(String words, FinancialYear year, boolean nearestToEnd) {
    Matcher matcher = PERIOD.matcher(words);
    Located<Period> found = null;
    while (matcher.find()) {
      Optional<Period> period = periodOf(matcher, year);
      if (period.isEmpty()) {
        continue;
      }
      found = new Located<>(period.get(), matcher.start(), matcher.end());
      if (!nearestToEnd) {
        break;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The period a match of {@link #PERIOD} names; empty for a "2021/23" that is no financial year. */
  private static Optional<Period> periodOf(Matcher matcher, FinancialYear year) {
    if (matcher.group(1) != null) {
      return Optional.of(Period.CURRENT);
    } else if (matcher.group(2) != null) {
      return Optional.of(Period.PREVIOUS);
    } else if (matcher.group(3) != null) {
      return Optional.of(byEndYear(Integer.parseInt(matcher.group(3)), year));
    } else if (matcher.group(4) != null) {
      int start = Integer.parseInt(matcher.group(4));
      if ((start + 1) % 100 != Integer.parseInt(matcher.group(5))) {
        return Optional.empty();
      }
      return Optional.of(byEndYear(start + 1, year));
    } else if (matcher.group(6) != null) {
      return Optional.of(byEndYear(Integer.parseInt(matcher.group(6)), year));
    }
    return Optional.of(byEndYear(Integer.parseInt(matcher.group(7)), year));
  }

  /**
   * The financial year a calendar year names: "in 2021" in a story of the year to March 2022 is the
   * year to March 2021, as the seed uses it (and the wording rules flag it).
   */
  static Period byEndYear(int endYear, FinancialYear year) {
    if (endYear == year.endYear()) {
      return Period.CURRENT;
    }
    return endYear == year.previous().endYear() ? Period.PREVIOUS : Period.OTHER;
  }

  /** The last direction word in a stretch: 1 a rise, -1 a fall. */
  static Optional<Integer> lastDirection(String words) {
    Matcher matcher = DIRECTION.matcher(words);
    Integer found = null;
    while (matcher.find()) {
      found = matcher.group(1) != null ? -1 : 1;
    }
    return Optional.ofNullable(found);
  }

  /** A direction word right after a figure: "14 per cent lower". */
  static Optional<Integer> directionAfter(String words) {
    Matcher matcher = DIRECTION_AFTER.matcher(words);
    if (!matcher.find()) {
      return Optional.empty();
    }
    return Optional.of(matcher.group(1) != null ? -1 : 1);
  }

  private static final Pattern RESTATED_AFTER_COMPARISON = Pattern.compile(
      "(?i)(?<![\\p{L}])(?:than|that\\s+of|those\\s+of|as\\s+much\\s+as)\\s+(?:the\\s+year\\s+before|the\\s+previous\\s+year"
          + "|a\\s+year\\s+earlier|the\\s+year\\s+earlier|last\\s+year)\\s*:\\s*$");

  /**
   * Whether the words end with a comparison's base and a colon: the figure after it restates the
   * sentence's subject, this year's ("nearly ten times that of the year before: 1,837kg").
   */
  static boolean restatesAfterComparison(String words) {
    return RESTATED_AFTER_COMPARISON.matcher(words).find();
  }

  /** Whether the words end with "from", "compared with" or "against": last year's figure follows. */
  static boolean endsWithFrom(String words) {
    return FROM_BEFORE.matcher(words).find();
  }

  /** Whether the words end with "to". */
  static boolean endsWithTo(String words) {
    return TO_BEFORE.matcher(words).find();
  }

  private static final Pattern COMPARED_FROM_AFTER =
      Pattern.compile("(?i)^[^.;:]*?(?<![\\p{L}])(?:(?:up|down|rose|fell)\\s+from|against|compared\\s+(?:with|to))\\s*$");
  private static final Pattern COMPARED_BY_AFTER =
      Pattern.compile("(?i)^[^.;:]*?(?<![\\p{L}])(?:up|down|a\\s+(?:rise|fall|drop)\\s+of)(?:\\s+by)?\\s*$");
  private static final Pattern FROM_AFTER = Pattern.compile("(?i)^\\s*from(?![\\p{L}])");

  /**
   * Whether a figure is compared with the year before in the words after it, in its own clause:
   * "161 seizures of heroin, down from 166" or "..., down 3 per cent from 166" ({@code afterNext}
   * is the text after the next figure, the change). The figure compared is this year's.
   */
  static boolean comparedAfter(String after, String afterNext) {
    return COMPARED_FROM_AFTER.matcher(after).find()
        || (COMPARED_BY_AFTER.matcher(after).find() && FROM_AFTER.matcher(afterNext).find());
  }

  private static final Pattern COMPARED_WITH_YEAR_BEFORE = Pattern.compile(
      "(?i)^(?:[^.;:]*?,)?[\\s,]*(?:(less|fewer|lower)|(more|higher))\\s+than\\s+(?:in\\s+)?(?:the\\s+year\\s+before"
          + "|the\\s+previous\\s+year|last\\s+year|a\\s+year\\s+earlier|the\\s+year\\s+earlier)(?![\\p{L}])");

  /**
   * The direction told right after this year's figure against the year before: "966kg, less than
   * the year before" (-1); not "more than any other force", and not "down from 457kg", whose
   * figure carries the direction.
   */
  static Optional<Integer> directionAgainstYearBefore(String after) {
    Matcher matcher = COMPARED_WITH_YEAR_BEFORE.matcher(after);
    if (!matcher.find()) {
      return Optional.empty();
    }
    return Optional.of(matcher.group(1) != null ? -1 : 1);
  }

  /** "fell to" or "rose to" right before a figure: this year's figure and the direction. */
  static Optional<Integer> verbTo(String words) {
    Matcher matcher = VERB_TO_BEFORE.matcher(words);
    if (!matcher.find()) {
      return Optional.empty();
    }
    return Optional.of(matcher.group(1) != null ? -1 : 1);
  }

  /** Something found at offsets of the searched words. */
  record Located<T>(T value, int start, int end) {}
}
