package haul.reference;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A financial year, 1 April to 31 March, named by the calendar year it ends in.
 *
 * <p>Written {@code 2021/22} in data, {@code 2021-22} in paths and "the year to March 2022" in
 * prose; {@code FYE2022} is accepted as input. Only the years of the {@link Series} exist: from
 * 1973/74, the year the Misuse of Drugs Act 1971 came into force, as {@code series.csv} says.
 */
public record FinancialYear(int endYear) implements Comparable<FinancialYear> {

  private static final Pattern LABEL = Pattern.compile("(\\d{4})[/-](\\d{2})");
  private static final Pattern FYE = Pattern.compile("(?i)FYE\\s?(\\d{4})");

  public FinancialYear {
    Series series = Series.bundled();
    if (!series.holdsYear(endYear)) {
      throw new IllegalArgumentException("financial year out of range: " + endYear + " is outside the series, "
          + label(series.firstYearEnd()) + " to " + label(series.lastYearEnd()) + " (series.csv)");
    }
  }

  /**
   * Reads {@code 2021/22}, {@code 2021-22} or {@code FYE2022}.
   *
   * @throws IllegalArgumentException naming the accepted forms
   */
  public static FinancialYear parse(String text) {
    return tryParse(text)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "'" + text + "' is not a financial year: write it as 2021/22, 2021-22 or FYE2022"));
  }

  public static Optional<FinancialYear> tryParse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String trimmed = text.strip();
    Matcher label = LABEL.matcher(trimmed);
    if (label.matches()) {
      int start = Integer.parseInt(label.group(1));
      int endSuffix = Integer.parseInt(label.group(2));
      if ((start + 1) % 100 != endSuffix) {
        return Optional.empty();
      }
      return Optional.of(new FinancialYear(start + 1));
    }
    Matcher fye = FYE.matcher(trimmed);
    if (fye.matches()) {
      return Optional.of(new FinancialYear(Integer.parseInt(fye.group(1))));
    }
    return Optional.empty();
  }

  /** The financial year a date falls in. */
  public static FinancialYear of(LocalDate date) {
    return new FinancialYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() + 1 : date.getYear());
  }

  public LocalDate firstDay() {
    return LocalDate.of(endYear - 1, Month.APRIL, 1);
  }

  public LocalDate lastDay() {
    return LocalDate.of(endYear, Month.MARCH, 31);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
  }

  public FinancialYear previous() {
    return new FinancialYear(endYear - 1);
  }

  public FinancialYear next() {
    return new FinancialYear(endYear + 1);
  }

  /** {@code 2021/22}: the form used in data and tables. */
  public String label() {
    return label(endYear);
  }

  private static String label(int endYear) {
    return String.format("%d/%02d", endYear - 1, endYear % 100);
  }

  /** {@code 2021-22}: the form used in paths and file names. */
  public String slug() {
    return String.format("%d-%02d", endYear - 1, endYear % 100);
  }

  /** {@code FYE2022}. */
  public String fyeLabel() {
    return "FYE" + endYear;
  }

  /** "the year to March 2022", as a story names the period. */
  public String prose() {
    return "the year to March " + endYear;
  }

  /** "the year ending March 2022", as a release title names it. */
  public String titleProse() {
    return "the year ending March " + endYear;
  }

  @Override
  public int compareTo(FinancialYear other) {
    return Integer.compare(endYear, other.endYear);
  }

  @Override
  public String toString() {
    return label();
  }
}
