package haul.server;

import haul.reference.Agency;
import haul.reference.FinancialYear;
import haul.store.ServedEdition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One agency's rows of an edition's published tables, for the year and the year before: its
 * seizures, its change and its drugs. Read from the parsed tables; an agency with no row for a
 * year is "not available" for it (absent here), never zero.
 */
record AgencyFigures(
    FinancialYear year,
    int edition,
    Agency agency,
    Optional<Map<String, String>> current,
    Optional<Map<String, String>> previous,
    Optional<Map<String, String>> change,
    List<Map<String, String>> drugs) {

  static AgencyFigures of(EditionCatalog catalog, ServedEdition edition, Agency agency) {
    FinancialYear year = edition.year();
    String thisYear = year.label();
    String lastYear = year.previous().label();
    List<Map<String, String>> seizures = rows(catalog, edition, PublishedTableName.SEIZURES_BY_AGENCY, agency.code());
    List<Map<String, String>> changes = rows(catalog, edition, PublishedTableName.CHANGES_BY_AGENCY, agency.code());
    List<Map<String, String>> drugs =
        rows(catalog, edition, PublishedTableName.AGENCY_DRUG, agency.code()).stream()
            .filter(r -> thisYear.equals(r.get("financial_year")) || lastYear.equals(r.get("financial_year")))
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

  private static List<Map<String, String>> rows(EditionCatalog catalog, ServedEdition edition, PublishedTableName name, String code) {
    return catalog.table(edition, name)
        .map(t -> t.table().rowsWhere(PublishedTable.where("agency_code", code)))
        .orElse(List.of());
  }

  private static Optional<Map<String, String>> inYear(List<Map<String, String>> rows, String year) {
    return rows.stream().filter(r -> year.equals(r.get("financial_year"))).findFirst();
  }

  /** The drug rows of one year. */
  List<Map<String, String>> drugs(FinancialYear which) {
    return drugs.stream().filter(r -> which.label().equals(r.get("financial_year"))).toList();
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
    json.put("seizures", PublishedTable.jsonRows(
        java.util.stream.Stream.of(previous, current).flatMap(Optional::stream).toList()));
    json.put("change", change.map(PublishedTable::jsonRow).orElse(null));
    json.put("drugs", PublishedTable.jsonRows(drugs));
    return json;
  }
}
