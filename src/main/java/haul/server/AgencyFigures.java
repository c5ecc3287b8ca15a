package haul.server;

import haul.publish.Columns;
import haul.publish.StoredTable;
import haul.publish.StoredTable.Row;
import haul.publish.TableContract;
import haul.reference.Agency;
import haul.reference.FinancialYear;
import haul.store.ServedEdition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One agency's rows of an edition's published tables, for the year and the year before: its
 * seizures, its change and its drugs. Read from the parsed tables; an agency with no row for a
 * year is "not available" for it (absent here), never zero.
 */
record AgencyFigures(
    FinancialYear year,
    int edition,
    Agency agency,
    Optional<Row> current,
    Optional<Row> previous,
    Optional<Row> change,
    List<Row> drugs) {

  static AgencyFigures of(EditionCatalog catalog, ServedEdition edition, Agency agency) {
    FinancialYear year = edition.year();
    String thisYear = year.label();
    String lastYear = year.previous().label();
    List<Row> seizures = rows(catalog, edition, TableContract.SEIZURES_BY_AGENCY, agency.code());
    List<Row> changes = rows(catalog, edition, TableContract.CHANGES_BY_AGENCY, agency.code());
    List<Row> drugs =
        rows(catalog, edition, TableContract.AGENCY_DRUG, agency.code()).stream()
            .filter(r -> r.is(Columns.FINANCIAL_YEAR, thisYear) || r.is(Columns.FINANCIAL_YEAR, lastYear))
            .toList();
    return new AgencyFigures(
        year,
        edition.number(),
        agency,
        inYear(seizures, thisYear),
        inYear(seizures, lastYear),
        inYear(changes, thisYear),
        drugs);
  }

  private static List<Row> rows(EditionCatalog catalog, ServedEdition edition, TableContract name, String code) {
    return catalog.table(edition, name)
        .map(t -> t.table().rowsWhere(StoredTable.where(Columns.AGENCY_CODE, code)))
        .orElse(List.of());
  }

  private static Optional<Row> inYear(List<Row> rows, String year) {
    return rows.stream().filter(r -> r.is(Columns.FINANCIAL_YEAR, year)).findFirst();
  }

  /** The drug rows of one year. */
  List<Row> drugs(FinancialYear which) {
    return drugs.stream().filter(r -> r.is(Columns.FINANCIAL_YEAR, which.label())).toList();
  }

  Map<String, Object> json() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("year", year.label());
    json.put("edition", edition);
    Map<String, Object> who = new LinkedHashMap<>();
    who.put("code", agency.code());
    who.put("name", agency.shortName());
    who.put("full_name", agency.fullName());
    who.put("agency_type", agency.type().label());
    who.put("region", agency.region().orElse(null));
    json.put("agency", who);
    json.put("seizures", Stream.of(previous, current).flatMap(Optional::stream).map(Row::json).toList());
    json.put("change", change.map(Row::json).orElse(null));
    json.put("drugs", drugs.stream().map(Row::json).toList());
    return json;
  }
}
