package haul.server;

import haul.publish.Columns;
import haul.publish.OutputFormat;
import haul.publish.StoredTable.Row;
import haul.reference.Agency;
import haul.reference.FinancialYear;
import haul.reference.ReferenceData;
import haul.stats.Area;
import haul.stats.Change;
import haul.stats.Comparison;
import haul.stats.Count;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dashboard's headline change of England and Wales, from an edition's {@code changes_by_agency}
 * table: the total's row as published when every agency has figures in both years; when the tables
 * lack agencies, the change over the agencies with figures in both years (the like-for-like rule,
 * {@link Comparison#of}, applied to the published agency rows, so that the page tells
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
    List<String> agencies = reference.agencies().all().stream().map(Agency::code).filter(byCode::containsKey).toList();
    boolean noted = total.map(r -> List.of(r.get(Columns.MARKER).split(" ")).contains("n")).orElse(false);
    Comparison comparison = Comparison.of(Area.ENGLAND_AND_WALES, agencies, new Change(count(total.orElse(null), Columns.SEIZURES), count(total.orElse(null), Columns.PREVIOUS_SEIZURES)),
        code -> count(byCode.get(code), Columns.SEIZURES), code -> count(byCode.get(code), Columns.PREVIOUS_SEIZURES));
    Change like = comparison.likeForLike();
    if (!noted || !comparison.lacksAgencies() || like.change().isEmpty()) {
      return new HeadlineChange(
          Figures.display(total.map(r -> r.get(Columns.SEIZURES)).orElse(null)),
          Figures.display(total.map(r -> r.get(Columns.PREVIOUS_SEIZURES)).orElse(null)),
          Figures.signed(total.map(r -> r.get(Columns.CHANGE)).orElse(null)),
          Figures.signed(total.map(r -> r.get(Columns.PERCENT_CHANGE)).orElse(null)), Optional.empty());
    }
    StringBuilder text = new StringBuilder("These figures are of the " + comparison.compared().size() + " agencies with figures in both years.");
    if (!comparison.withoutBoth().isEmpty()) {
      text.append(" The tables have no figures for ").append(reference.agencies().fullNames(comparison.withoutBoth())).append(" in either year.");
    }
    noFigures(text, comparison.leftOutWithoutCurrent(), year, reference);
    noFigures(text, comparison.leftOutWithoutPrevious(), year.previous(), reference);
    text.append(" The totals as published, each year's sum of the agencies with figures, are in the table of changes by agency.");
    return new HeadlineChange(Figures.display(Long.toString(like.current().get())), Figures.display(Long.toString(like.previous().get())),
        Figures.signed(Long.toString(like.change().getAsLong())),
        Figures.signed(like.percentChange().map(OutputFormat::percent).orElse(null)), Optional.of(text.toString()));
  }

  /** " Kent Police has no figures for 2021/22." */
  private static void noFigures(StringBuilder text, List<String> codes, FinancialYear year, ReferenceData reference) {
    if (!codes.isEmpty()) {
      text.append(' ').append(reference.agencies().fullNames(codes)).append(codes.size() == 1 ? " has" : " have").append(" no figures for ")
          .append(year.label()).append('.');
    }
  }

  /** An agency's figure in its published row; not available when the row or the cell is blank. */
  private static Count count(Row row, haul.publish.Column column) {
    String cell = row == null ? null : row.get(column);
    return cell == null || cell.isEmpty() ? Count.notAvailable() : Count.of(Long.parseLong(cell));
  }
}
