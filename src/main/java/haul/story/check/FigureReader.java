package haul.story.check;

import haul.story.prose.Hedge;
import haul.story.prose.FigureUnit;
import haul.story.prose.VerbalSize;
import haul.story.prose.VerbalSizes;
import haul.story.prose.ProseNumbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures in a paragraph's own words (quotations blanked): counts, quantities in kg,
 * grams, tonnes, doses and plants, per cent, multiples ("nearly ten times") and "no ketamine". Years
 * ("2021", "March 2022", "2021/22") and days of dates are periods, not figures, and are skipped.
 */
final class FigureReader {

  private static final String NOT_WORD = "(?![\\p{L}\\d])";
  private static final Pattern NUMBER =
      Pattern.compile("(?<![\\p{L}\\d.,/£$€\\-−])([\\-−])?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?![\\d/]|[.,]\\d)");
  private static final Pattern HEDGE =
      Pattern.compile(
          "(?i)(?<![\\p{L}])(nearly|almost|just\\s+under|under|less\\s+than|fewer\\s+than|just\\s+over|over"
              + "|more\\s+than|above|in\\s+excess\\s+of|about|around|roughly|approximately|some)\\s+$");
  private static final String MONTH =
      "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?"
          + "|Nov(?:ember)?|Dec(?:ember)?)";
  private static final Pattern MONTH_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])" + MONTH + "\\.?\\s+$");
  private static final Pattern MONTH_AFTER = Pattern.compile("(?i)^\\s+" + MONTH + "(?![\\p{L}])");
  private static final Pattern SCALE = Pattern.compile("(?i)^\\s+(thousand|million)" + NOT_WORD);
  private static final Pattern KG = Pattern.compile("(?i)^\\s?(kg|kgs|kilos|kilograms?|kilogrammes?)" + NOT_WORD);
  private static final Pattern GRAMS = Pattern.compile("(?i)^\\s?(g|grams?|grammes?)" + NOT_WORD);
  private static final Pattern TONNES = Pattern.compile("(?i)^\\s?(tonnes?)" + NOT_WORD);
  private static final Pattern PER_CENT = Pattern.compile("(?i)^(\\s?%|\\s?per\\s?cent" + NOT_WORD + ")");
  private static final Pattern TIMES = Pattern.compile("(?i)^\\s+times" + NOT_WORD);
  private static final Pattern DOSES_OR_PLANTS =
      Pattern.compile("(?i)^((?:\\s+(?!of\\b)[\\p{L}-]+){0,2}?)\\s+(doses|tablets|pills|plants)" + NOT_WORD);
  private static final Pattern SEIZURES =
      Pattern.compile(
          "(?i)^((?:\\s+(?!(?:of|in|by|from|to|and|last|the|were|was|a|which)\\b)[\\p{L}-]+){0,3}?)\\s+(seizures?)"
              + NOT_WORD);
  private static final Pattern NEXT_WORD = Pattern.compile("^\\s+([\\p{L}-]+)");
  /** "43 police forces", "the 43 territorial forces": a number of forces, not of seizures. */
  private static final Pattern FORCES = Pattern.compile("(?i)^\\s+(?:territorial\\s+)?(?:police\\s+)?forces" + NOT_WORD);
  /** A clock time ("09:30") or an edition's number ("Edition 1"): labels, not figures. */
  private static final Pattern TIME_AFTER = Pattern.compile("^[:.]\\d{2}(?!\\d)");
  private static final Pattern TIME_BEFORE = Pattern.compile("\\d[:.]$");
  private static final Pattern EDITION_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])edition\\s+$");
  private static final Pattern OF_DRUG = Pattern.compile("(?i)^\\s+(?:of|involving)\\s+");
  private static final Pattern WORD_TIMES =
      Pattern.compile("(?i)(?<![\\p{L}])(twice|([a-z]+)\\s+times)" + NOT_WORD);
  private static final Pattern NO = Pattern.compile("(?i)(?<![\\p{L}])no\\s+(?:more\\s+)?$");
  /** "against none the year before", "up from none", "compared with none", "fell to none", "having made none": a zero. */
  private static final Pattern NONE = Pattern.compile(
      "(?i)(?<![\\p{L}])(?:from|against|compared\\s+(?:with|to)|to|made)\\s+(none)(?![\\p{L}])");

  /** How far before a figure its hedge or month may start, and after it its unit and noun end. */
  private static final int BEFORE = 40;
  private static final int AFTER = 120;
  /** More digits than any figure of drug seizures has (a quadrillion): read as a code, not a figure. */
  private static final int LONGEST_FIGURE = 15;

  /** The noun of a count of police forces. */
  static final String FORCES_NOUN = "police forces";

  private final Lexicon lexicon;
  private final VerbalWords verbal;

  FigureReader(Lexicon lexicon) {
    this(lexicon, new VerbalWords(VerbalSizes.bundled()));
  }

  FigureReader(Lexicon lexicon, VerbalWords verbal) {
    this.lexicon = lexicon;
    this.verbal = verbal;
  }

  List<Figure> read(Paragraph paragraph) {
    String text = paragraph.unquoted();
    List<Figure> figures = new ArrayList<>();
    Matcher number = NUMBER.matcher(text);
    while (number.find()) {
      numeral(paragraph, number).ifPresent(figures::add);
    }
    Matcher words = WORD_TIMES.matcher(text);
    while (words.find()) {
      int value = words.group(2) == null ? 2 : ProseNumbers.smallNumber(words.group(2));
      if (value >= 0) {
        figures.add(
            figure(paragraph, words.start(), words.end(), BigDecimal.valueOf(value), FigureUnit.TIMES, Optional.empty(),
                Optional.empty()));
      }
    }
    for (VerbalWords.Found size : verbal.find(text)) {
      figures.add(new Figure(span(paragraph, size.start(), size.end()), size.value(), FigureUnit.PER_CENT, Hedge.NONE,
          size.direction(), Optional.empty(), Set.of(), Optional.of(size.size())));
    }
    for (Mention drug : lexicon.drugs(text, paragraph.start())) {
      int at = drug.start() - paragraph.start();
      Matcher no = NO.matcher(text.substring(Math.max(0, at - 12), at));
      if (no.find()) {
        int start = Math.max(0, at - 12) + no.start();
        figures.add(
            new Figure(
                span(paragraph, start, drug.end() - paragraph.start()), BigDecimal.ZERO, FigureUnit.NONE_OF,
                Hedge.NONE, Optional.empty(), Optional.empty(), drug.codes(), Optional.empty()));
      }
    }
    Matcher none = NONE.matcher(text);
    while (none.find()) {
      figures.add(new Figure(span(paragraph, none.start(1), none.end(1)), BigDecimal.ZERO, FigureUnit.COUNT, Hedge.NONE,
          Optional.empty(), Optional.empty(), Set.of(), Optional.empty()));
    }
    figures.sort(Comparator.comparingInt(Figure::start));
    return figures;
  }

  private Optional<Figure> numeral(Paragraph paragraph, Matcher number) {
    String text = paragraph.unquoted();
    String digits = number.group(2).replace(",", "");
    if (digits.length() > LONGEST_FIGURE || number.group(3) != null && number.group(3).length() > LONGEST_FIGURE) {
      return Optional.empty(); // a code or a serial number, not a figure a story states
    }
    boolean grouped = number.group(2).contains(",");
    BigDecimal value = new BigDecimal(digits + (number.group(3) == null ? "" : number.group(3)));
    String before = text.substring(Math.max(0, number.start() - BEFORE), number.start());
    String after = text.substring(number.end(), Math.min(text.length(), number.end() + AFTER));
    if (MONTH_BEFORE.matcher(before).find() || MONTH_AFTER.matcher(after).find()
        || TIME_AFTER.matcher(after).find() || TIME_BEFORE.matcher(before).find()
        || EDITION_BEFORE.matcher(before).find()) {
      return Optional.empty();
    }
    int end = number.end();
    Matcher scale = SCALE.matcher(after);
    if (scale.find()) {
      value = value.movePointRight(scale.group(1).equalsIgnoreCase("thousand") ? 3 : 6);
      end += scale.end();
      after = text.substring(end, Math.min(text.length(), end + AFTER));
    }
    boolean negative = number.group(1) != null;
    boolean yearLike = !grouped && number.group(3) == null && digits.length() == 4 && value.intValue() >= 1900
        && value.intValue() <= 2100;

    Set<String> drugs = new HashSet<>();
    Optional<String> noun = Optional.empty();
    FigureUnit unit;
    Matcher m;
    if ((m = KG.matcher(after)).find()) {
      unit = FigureUnit.KG;
    } else if ((m = GRAMS.matcher(after)).find()) {
      unit = FigureUnit.GRAMS;
    } else if ((m = TONNES.matcher(after)).find()) {
      unit = FigureUnit.TONNES;
    } else if ((m = PER_CENT.matcher(after)).find()) {
      unit = FigureUnit.PER_CENT;
    } else if ((m = TIMES.matcher(after)).find() && timesSeized(before, after.substring(m.end()))) {
      // "the drug was seized 24,000 times": a number of seizures, not a multiple
      unit = FigureUnit.COUNT;
      noun = Optional.of("seizures");
    } else if ((m = TIMES.matcher(after)).find()) {
      unit = FigureUnit.TIMES;
    } else if ((m = DOSES_OR_PLANTS.matcher(after)).find()) {
      unit = m.group(2).equalsIgnoreCase("plants") ? FigureUnit.PLANTS : FigureUnit.DOSES;
      drugs.addAll(drugsIn(after.substring(0, m.end()), paragraph.start() + end));
    } else if (yearLike) {
      return Optional.empty();
    } else if (Character.isLetter(after.isEmpty() ? ' ' : after.charAt(0))) {
      return Optional.empty(); // an ordinal or a code ("1st", "A1"), not a figure
    } else {
      unit = FigureUnit.COUNT;
      m = SEIZURES.matcher(after);
      Matcher forces = FORCES.matcher(after);
      if (forces.find()) {
        noun = Optional.of(FORCES_NOUN);
        m = null;
      } else if (m.find()) {
        noun = Optional.of("seizures");
        drugs.addAll(drugsIn(m.group(1), paragraph.start() + end));
      } else {
        Matcher next = NEXT_WORD.matcher(after);
        if (next.find() && !lexicon.drug(next.group(1)).isEmpty()) {
          noun = Optional.empty();
        } else if (next.find(0) && isNoun(next.group(1))) {
          noun = Optional.of(next.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        m = null;
      }
    }
    int spanEnd = end + (m == null ? 0 : m.end());
    if (unit != FigureUnit.COUNT || noun.isPresent()) {
      String rest = text.substring(spanEnd, Math.min(text.length(), spanEnd + AFTER));
      Matcher of = OF_DRUG.matcher(rest);
      if (of.find()) {
        int at = paragraph.start() + spanEnd + of.end();
        lexicon.drugs(rest.substring(of.end()), at).stream()
            .filter(d -> d.start() == at)
            .findFirst()
            .ifPresent(d -> drugs.addAll(d.codes()));
      }
    }
    if (unit == FigureUnit.COUNT) {
      spanEnd = number.end();
    }
    int start = number.start();
    Hedge hedge = Hedge.NONE;
    Matcher hedgeWord = HEDGE.matcher(before);
    if (hedgeWord.find()) {
      hedge = hedgeOf(hedgeWord.group(1));
      start = number.start() - before.length() + hedgeWord.start();
    }
    return Optional.of(new Figure(span(paragraph, start, spanEnd), value, unit, hedge,
        negative ? Optional.of(-1) : Optional.empty(), noun, Set.copyOf(drugs), Optional.empty()));
  }

  private static final Pattern SEIZED_BEFORE = Pattern.compile(
      "(?i)(?<![\\p{L}])(?:seized|seize|seizing|confiscated|found)(?:\\s+[\\p{L}-]+){0,2}\\s+$");
  private static final Pattern COMPARISON_AFTER = Pattern.compile(
      "(?i)^\\s+(?:as|that|those|the|more|higher|larger|greater|bigger|what|over|its|their|last|this|than|a|an)(?![\\p{L}])");

  /** "seized drugs 679 times", with no comparison after it ("679 times as much"): a count of seizures. */
  private static boolean timesSeized(String before, String afterTimes) {
    return SEIZED_BEFORE.matcher(before).find() && !COMPARISON_AFTER.matcher(afterTimes).find();
  }

  /** Words that read as "what is counted", not as the start of a clause. */
  private static boolean isNoun(String word) {
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    return !List.of("in", "to", "from", "and", "or", "the", "a", "last", "this", "which", "was", "were", "is", "are",
            "it", "they", "he", "she", "we", "you", "i", "its", "their", "that", "had", "has", "have",
            "compared", "against", "on", "at", "for", "by", "of", "with", "while", "but", "than")
        .contains(lower);
  }

  private Set<String> drugsIn(String words, int at) {
    Set<String> drugs = new HashSet<>();
    lexicon.drugs(words, at).forEach(d -> drugs.addAll(d.codes()));
    return drugs;
  }

  private static Hedge hedgeOf(String word) {
    String lower = word.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
    return switch (lower) {
      case "nearly", "almost", "just under", "under", "less than", "fewer than" -> Hedge.BELOW;
      case "just over", "over", "more than", "above", "in excess of" -> Hedge.ABOVE;
      default -> Hedge.APPROXIMATE;
    };
  }

  /** A figure in words, with the hedge before it: "nearly ten times", "more than halved". */
  private Figure figure(
      Paragraph paragraph, int start, int end, BigDecimal value, FigureUnit unit, Optional<Integer> direction,
      Optional<VerbalSize> inWords) {
    int from = start;
    Hedge hedge = Hedge.NONE;
    String before = paragraph.unquoted().substring(Math.max(0, start - BEFORE), start);
    Matcher hedgeWord = HEDGE.matcher(before);
    if (hedgeWord.find()) {
      hedge = hedgeOf(hedgeWord.group(1));
      from = start - before.length() + hedgeWord.start();
    }
    return new Figure(span(paragraph, from, end), value, unit, hedge, direction, Optional.empty(), Set.of(), inWords);
  }


  private static Span span(Paragraph paragraph, int start, int end) {
    return new Span(
        paragraph.start() + start, paragraph.start() + end, paragraph.number(), paragraph.text().substring(start, end));
  }
}
