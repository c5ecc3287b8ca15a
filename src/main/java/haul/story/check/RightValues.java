package haul.story.check;

import haul.story.prose.ProseRule;
import haul.story.prose.ProseNumbers;
import haul.reference.FinancialYear;
import haul.reference.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How the checker writes the right value of a fact, by the prose rules, for a finding's message. */
final class RightValues {

  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private final FactBook facts;
  private final FinancialYear year;

  RightValues(FactBook facts, FinancialYear year) {
    this.facts = facts;
    this.year = year;
  }

  /**
   * The fact as prose writes it; a multiple under two times as the change it is ("a rise of 40 per
   * cent"), from two times with one decimal ("about 9.8 times").
   */
  String of(Candidate candidate) {
    if (candidate.role() == Role.MULTIPLE) {
      BigDecimal multiple = candidate.value();
      if (multiple.compareTo(TWO) < 0) {
        return candidate.series().percentChange().map(RightValues::change).orElse("?");
      }
      BigDecimal shown = multiple.setScale(1, RoundingMode.HALF_UP);
      return (shown.compareTo(multiple) == 0 ? "" : "about ") + ProseNumbers.number(shown) + " times";
    }
    return ProseNumbers.format(ProseNumbers.written(candidate.rule(), candidate.value()));
  }

  /** "a fall of 14 per cent", "no change". */
  static String change(BigDecimal percent) {
    int sign = percent.signum();
    String size = ProseNumbers.format(ProseNumbers.written(ProseRule.WHOLE_PERCENT, percent));
    return sign < 0 ? "a fall of " + size : sign > 0 ? "a rise of " + size : "no change";
  }

  /** The change the data show, for a figure told with the wrong direction. */
  String direction(Candidate candidate) {
    Series series = candidate.series();
    if (candidate.role() == Role.PERCENT_CHANGE || candidate.role() == Role.MULTIPLE) {
      return series.percentChange().map(RightValues::change).orElse("?");
    }
    int sign = series.direction().orElse(0);
    String was = facts.candidate(series, Role.PREVIOUS).map(this::of).orElse("?");
    String now = facts.candidate(series, Role.CURRENT).map(this::of).orElse("?");
    if (sign == 0) {
      return "no change: " + was + " in both years";
    }
    return (sign < 0 ? "a fall" : "a rise") + " from " + was + " in " + year.previous().label() + " to " + now
        + " in " + year.label();
  }

  /** The value from the data, for the message: "18,767 kg". */
  static String exact(Candidate candidate) {
    return FigureValues.withUnit(candidate.fact());
  }

  /** A quantity with its drug: "13,529 cannabis plants", "0.2kg of cocaine". */
  static String withDrug(String written, Fact fact) {
    String drug = fact.drug().map(RightValues::drugWord).orElse("");
    if (drug.isEmpty()) {
      return written;
    }
    if (written.endsWith(" plants") && drug.endsWith("plants")) {
      return written.substring(0, written.length() - " plants".length()) + " " + drug;
    }
    return written + " of " + drug;
  }

  /** A drug as prose names it: "cocaine", "LSD", "class A drugs" (a class's seizures are a {@link FactBook} series). */
  static String drugWord(String drug) {
    if (drug.startsWith(FactBook.CLASS)) {
      return "class " + drug.substring(FactBook.CLASS.length()) + " drugs";
    }
    return drug.equals("LSD") || drug.equals("GHB") ? drug : drug.toLowerCase(Locale.ROOT);
  }

  static ProseRule rule(Unit unit) {
    return switch (unit) {
      case KG -> ProseRule.KG;
      case DOSES -> ProseRule.DOSES;
      case PLANTS -> ProseRule.PLANTS;
    };
  }
}
