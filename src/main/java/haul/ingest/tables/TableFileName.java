package haul.ingest.tables;

import haul.reference.FinancialYear;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a published table's file name says about it, as the Home Office names them:
 * {@code Seizures15-16.csv} is seizures for 2015/16, {@code Quantities09-10.csv} quantities for
 * 2009/10. Four-digit years ({@code seizures_2015-16.csv}) and {@code FYE2016} are read too.
 */
final class TableFileName {

  private static final Pattern MEASURE = Pattern.compile("(?i)(seizures|quantities)");
  private static final Pattern SHORT_YEARS = Pattern.compile("(?<!\\d)(\\d{2})[-_](\\d{2})(?!\\d)");
  private static final Pattern LONG_YEARS = Pattern.compile("(?<!\\d)(\\d{4})[-_](\\d{2})(?!\\d)");
  private static final Pattern FYE = Pattern.compile("(?i)FYE[ _-]?(\\d{4})");

  private TableFileName() {}

  static Optional<TableMeasure> measure(String fileName) {
    Matcher matcher = MEASURE.matcher(fileName);
    return matcher.find() ? TableMeasure.fromLabel(matcher.group(1)) : Optional.empty();
  }

  static Optional<FinancialYear> year(String fileName) {
    Matcher fye = FYE.matcher(fileName);
    if (fye.find()) {
      return FinancialYear.tryParse("FYE" + fye.group(1));
    }
    Matcher longYears = LONG_YEARS.matcher(fileName);
    if (longYears.find()) {
      return FinancialYear.tryParse(longYears.group(1) + "/" + longYears.group(2));
    }
    Matcher shortYears = SHORT_YEARS.matcher(fileName);
    if (shortYears.find()) {
      // Published tables begin in the 2000s: 09-10 is 2009/10.
      return FinancialYear.tryParse("20" + shortYears.group(1) + "/" + shortYears.group(2));
    }
    return Optional.empty();
  }
}
