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
import haul.story.TotalNames;
import java.util.LinkedHashMap;
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
 * The agencies are named as the stories and the bulletin name them ({@link TotalNames}: "the 38 police
 * forces and Border Force", "The Welsh forces are missing from these tables.").
 *
 * @param coverage empty when the figures are England and Wales's as published
 * @param partial whether the national total lacks agencies in either year, so that the dashboard's
 *     totals and shares are named as the seizures in these tables
 */
public record HeadlineChange(String seizures, String previousSeizures, String change, String percentChange, Optional<String> coverage,
    boolean partial) {

  public static HeadlineChange of(List<Row> changes, FinancialYear year, ReferenceData reference) {
    Map<String, Row> byCode = changes.stream().filter(r -> r.is(Columns.FINANCIAL_YEAR, year.label()))
        .collect(Collectors.toMap(r -> r.get(Columns.AGENCY_CODE), Function.identity(), (a, b) -> a));
    Optional<Row> total = Optional.ofNullable(byCode.get(Area.ENGLAND_AND_WALES.code()));
    // an agency's row with a blank figure is an agency without figures; the total says so with its note
    // marker ("n": the note on a year's totals), and a table without an agency's row tells nothing of it
    List<String> agencies = reference.agencies().all().stream().map(Agency::code).filter(byCode::containsKey).toList();
    boolean noted = total.map(r -> List.of(r.get(Columns.MARKER).split(" ")).contains("n")).orElse(false);
    Comparison comparison = comparison(Area.ENGLAND_AND_WALES, agencies, total, byCode, reference);
    Change like = comparison.likeForLike();
    if (!noted || !comparison.lacksAgencies() || like.change().isEmpty()) {
      return new HeadlineChange(
          Figures.display(total.map(r -> r.get(Columns.SEIZURES)).orElse(null)),
          Figures.display(total.map(r -> r.get(Columns.PREVIOUS_SEIZURES)).orElse(null)),
          Figures.signed(total.map(r -> r.get(Columns.CHANGE)).orElse(null)),
          Figures.signed(total.map(r -> r.get(Columns.PERCENT_CHANGE)).orElse(null)), Optional.empty(), comparison.lacksAgencies());
    }
    TotalNames names = TotalNames.bundled();
    Optional<Comparison> counted = names.countedAs(Area.ENGLAND_AND_WALES).filter(Area.POLICE.code()::equals)
        .map(code -> comparison(Area.POLICE, agencies, Optional.ofNullable(byCode.get(code)), byCode, reference));
    Map<String, String> fullNames = new LinkedHashMap<>();
    Map<String, String> regions = new LinkedHashMap<>();
    for (Agency agency : reference.agencies().all()) {
      fullNames.put(agency.code(), agency.fullName());
      agency.region().ifPresent(r -> regions.put(agency.code(), r));
    }
    String text = "These figures are of " + names.compared(comparison, counted).text() + " with figures in both years. "
        + names.missing(comparison, year, fullNames, regions)
        + " The totals as published, each year's sum of the agencies with figures, are in the table of changes by agency.";
    return new HeadlineChange(Figures.display(Long.toString(like.current().get())), Figures.display(Long.toString(like.previous().get())),
        Figures.signed(Long.toString(like.change().getAsLong())),
        Figures.signed(like.percentChange().map(OutputFormat::percent).orElse(null)), Optional.of(text), true);
  }

  /** A total's comparison worked out from the published rows of its members ({@link Area#members}) among {@code agencies}. */
  private static Comparison comparison(Area area, List<String> agencies, Optional<Row> total, Map<String, Row> byCode,
      ReferenceData reference) {
    List<String> members = agencies.stream().filter(code -> reference.agencies().byCode(code).map(a -> area.members().test(a))
        .orElse(false)).toList();
    return Comparison.of(area, members, new Change(count(total.orElse(null), Columns.SEIZURES), count(total.orElse(null), Columns.PREVIOUS_SEIZURES)),
        code -> count(byCode.get(code), Columns.SEIZURES), code -> count(byCode.get(code), Columns.PREVIOUS_SEIZURES));
  }

  /** An agency's figure in its published row; not available when the row or the cell is blank. */
  private static Count count(Row row, haul.publish.Column column) {
    String cell = row == null ? null : row.get(column);
    return cell == null || cell.isEmpty() ? Count.notAvailable() : Count.of(Long.parseLong(cell));
  }
}
