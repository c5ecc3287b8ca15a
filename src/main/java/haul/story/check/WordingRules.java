package haul.story.check;

import haul.reference.FinancialYear;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wording errors the story generator avoids and a checked story may make (DESIGN.md "Stories"):
 * "less" with a count ("seized less drugs"), and a financial year called a calendar year ("in
 * 2021"). A unit that does not fit its drug is found where figures are matched. Wording findings
 * never change the exit code.
 */
final class WordingRules {

  private static final Pattern LESS_WITH_COUNT =
      Pattern.compile(
          "(?i)(?<![\\p{L}])less\\s+(?:than\\s+[\\d,.]+\\s+)?(?:(?!(?:of|than|in|and|or)\\b)[\\p{L}-]+\\s+){0,2}?"
              + "(seizures|drugs|plants|doses|tablets|pills|arrests|offences|people|cases|items)(?![\\p{L}])");
  private static final Pattern CALENDAR_YEAR =
      Pattern.compile("(?i)(?<![\\p{L}])(?:in|during|for|throughout)\\s+(\\d{4})(?![\\d/\\-–])");

  private WordingRules() {}

  static List<Finding> check(Paragraph paragraph, FinancialYear year) {
    List<Finding> findings = new ArrayList<>();
    String text = paragraph.unquoted();
    Matcher less = LESS_WITH_COUNT.matcher(text);
    while (less.find()) {
      String phrase = paragraph.text().substring(less.start(), less.end());
      String fewer = "fewer" + phrase.substring(4);
      findings.add(
          new Finding(
              FindingKind.WORDING, span(paragraph, less.start(), less.end()), Optional.empty(), Optional.of(fewer),
              "\"less\" with a count: " + less.group(1).toLowerCase(java.util.Locale.ROOT)
                  + " are counted, so write \"" + fewer + "\""));
    }
    Matcher calendar = CALENDAR_YEAR.matcher(text);
    while (calendar.find()) {
      int named = Integer.parseInt(calendar.group(1));
      if (named == year.endYear() || named == year.previous().endYear()) {
        FinancialYear meant = new FinancialYear(named);
        findings.add(
            new Finding(
                FindingKind.WORDING, span(paragraph, calendar.start(), calendar.end()), Optional.empty(),
                Optional.of("in " + meant.prose()),
                "a financial year called a calendar year: the figures are for " + meant.label()
                    + ", so write \"in " + meant.prose() + "\""));
      }
    }
    return findings;
  }

  private static Span span(Paragraph paragraph, int start, int end) {
    return new Span(
        paragraph.start() + start, paragraph.start() + end, paragraph.number(), paragraph.text().substring(start, end));
  }
}
