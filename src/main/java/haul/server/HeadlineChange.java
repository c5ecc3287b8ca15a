package haul.server;

import haul.publish.Columns;
import haul.publish.OutputFormat;
import haul.publish.StoredTable.Row;
import haul.reference.Agency;
import haul.reference.FinancialYear;
import haul.reference.ReferenceData;
import haul.stats.Area;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dashboard's headline change of England and Wales, from an edition's {@code changes_by_agency}
 * table: the total's row as published when every agency has figures in both years; when the tables
 * lack agencies, the change over the agencies with figures in both years (the like-for-like rule of
 * {@code haul.stats.Release#comparison}, applied to the published agency rows, so that the page tells
 * what the edition holds), with a sentence saying which agencies it leaves out. The tables mark such a
 * total with the note marker {@code n} (the statistics' note on a year's totals) and an agency without
 * figures by a row of blank figures. Cost: one pass over the year's rows.
 *
 * @param coverage empty when the figures are England and Wales's as published
 */
public record HeadlineChange(String seizures, String previousSeizures, String change, String percentChange, Optional<String> coverage) {

  public static HeadlineChange of(List<Row> changes, FinancialYear year, ReferenceData reference) {
    Map<String, Row> byCode = changes.stream().filter(r -> r.is(Columns.FINANCIAL_YEAR, year.label()))
        .collect(Collectors.toMap(r -> r.get(Columns.AGENCY_CODE), Function.identity(), (a, b) -> a));
    Optional<Row> total = Optional.ofNullable(byCode.get(Area.ENGLAND_AND_WALES.code()));
    // an agency's row with a blank figure is an agency without figures; the total says so with its note
    // marker ("n": the note on a year's totals), and a table without an agency's row tells nothing of it
    List<Agency> agencies = reference.agencies().all().stream().filter(a -> byCode.containsKey(a.code())).toList();
    boolean noted = total.map(r -> List.of(r.get(Columns.MARKER).split(" ")).contains("n")).orElse(false);
    List<Agency> withoutNow = agencies.stream().filter(a -> blank(byCode.get(a.code()), Columns.SEIZURES)).toList();
    List<Agency> withoutBefore = agencies.stream().filter(a -> blank(byCode.get(a.code()), Columns.PREVIOUS_SEIZURES)).toList();
    List<Agency> both = agencies.stream().filter(a -> !withoutNow.contains(a) && !withoutBefore.contains(a)).toList();
    if (!noted || (withoutNow.isEmpty() && withoutBefore.isEmpty()) || both.isEmpty()) {
      return new HeadlineChange(
          Figures.display(total.map(r -> r.get(Columns.SEIZURES)).orElse(null)),
          Figures.display(total.map(r -> r.get(Columns.PREVIOUS_SEIZURES)).orElse(null)),
          Figures.signed(total.map(r -> r.get(Columns.CHANGE)).orElse(null)),
          Figures.signed(total.map(r -> r.get(Columns.PERCENT_CHANGE)).orElse(null)), Optional.empty());
    }
    long now = both.stream().mapToLong(a -> Long.parseLong(byCode.get(a.code()).get(Columns.SEIZURES))).sum();
    long before = both.stream().mapToLong(a -> Long.parseLong(byCode.get(a.code()).get(Columns.PREVIOUS_SEIZURES))).sum();
    String percent = before == 0 ? null : OutputFormat.percent(BigDecimal.valueOf(now - before).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(before), MathContext.DECIMAL64));
    StringBuilder text = new StringBuilder("These figures are of the " + both.size() + " agencies with figures in both years.");
    List<Agency> bothYears = withoutNow.stream().filter(withoutBefore::contains).toList();
    if (!bothYears.isEmpty()) {
      text.append(" The tables have no figures for ").append(names(bothYears)).append(" in either year.");
    }
    List<Agency> onlyNow = withoutNow.stream().filter(a -> !withoutBefore.contains(a)).toList();
    List<Agency> onlyBefore = withoutBefore.stream().filter(a -> !withoutNow.contains(a)).toList();
    if (!onlyNow.isEmpty()) {
      text.append(' ').append(names(onlyNow)).append(onlyNow.size() == 1 ? " has" : " have").append(" no figures for ")
          .append(year.label()).append('.');
    }
    if (!onlyBefore.isEmpty()) {
      text.append(' ').append(names(onlyBefore)).append(onlyBefore.size() == 1 ? " has" : " have").append(" no figures for ")
          .append(year.previous().label()).append('.');
    }
    text.append(" The totals as published, each year's sum of the agencies with figures, are in the table of changes by agency.");
    return new HeadlineChange(Figures.display(Long.toString(now)), Figures.display(Long.toString(before)),
        Figures.signed(Long.toString(now - before)), Figures.signed(percent), Optional.of(text.toString()));
  }

  private static boolean blank(Row row, haul.publish.Column column) {
    return row == null || row.get(column) == null || row.get(column).isEmpty();
  }

  private static String names(List<Agency> agencies) {
    List<String> names = agencies.stream().map(Agency::fullName).toList();
    return names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }
}
