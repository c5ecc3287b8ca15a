package haul.reference;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The span of the statistics, from {@code series.csv}: the first day a seizure may be dated (the
 * Misuse of Drugs Act 1971 came into force on 1 July 1973) and the last financial year a year may
 * name. {@link FinancialYear} accepts exactly the years from the one holding {@link #firstDay()} to
 * {@link #lastYearEnd()}, and the returns importer refuses earlier dates, so a date the store holds
 * always has a year the statistics can name.
 */
public record Series(LocalDate firstDay, int lastYearEnd) {

  private static final DateTimeFormatter PROSE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  public Series {
    if (firstYearEnd(firstDay) > lastYearEnd) {
      throw new IllegalStateException("series.csv: the series ends before it starts");
    }
  }

  private static final class Holder {
    static final Series BUNDLED = load(ResourceTable.load("series.csv"));
  }

  /** The span bundled with this build. */
  public static Series bundled() {
    return Holder.BUNDLED;
  }

  static Series load(ResourceTable table) {
    List<NamedCsvRecord> records = table.records();
    if (records.size() != 1) {
      throw new IllegalStateException("series.csv must hold one row, not " + records.size());
    }
    NamedCsvRecord row = records.get(0);
    return new Series(LocalDate.parse(row.getField("first_day").strip()),
        Integer.parseInt(row.getField("last_financial_year_end").strip()));
  }

  /** The end year of the first financial year: the one holding the first day. */
  public int firstYearEnd() {
    return firstYearEnd(firstDay);
  }

  private static int firstYearEnd(LocalDate day) {
    return day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() + 1 : day.getYear();
  }

  /** Whether a financial year, named by the year it ends in, is in the series. */
  public boolean holdsYear(int endYear) {
    return endYear >= firstYearEnd() && endYear <= lastYearEnd;
  }

  /** "1 July 1973", as messages write the first day. */
  public String firstDayProse() {
    return PROSE.format(firstDay);
  }
}
