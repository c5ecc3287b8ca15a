package haul.store;

import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Synthetic national returns for the publish benchmark, generated inside DuckDB: a year of
 * {@code seizures} events spread over the 45 agencies and the year's days, one drug line each and
 * a second line for every fourth event, one line in ten without a quantity.
 */
public final class StatsBenchmarkData {

  private final Store store;

  public StatsBenchmarkData(Store store) {
    this.store = store;
  }

  public void year(int financialYearEnd, int seizures) {
    String prefix = "'S" + financialYearEnd + "-'";
    store.runAtomically(c -> {
      try (Statement s = c.createStatement()) {
        s.execute("INSERT INTO seizure SELECT a.code, " + prefix + " || i,"
            + " DATE '" + (financialYearEnd - 1) + "-04-01' + (i % 365)::INTEGER, " + financialYearEnd + ", 0"
            + " FROM range(" + seizures + ") r(i)"
            + " JOIN (SELECT code, (display_order - 1) AS n FROM ref_agency) a ON a.n = i % 45");
        s.execute("INSERT INTO drug_line SELECT s.agency_code, s.seizure_id, d.name, c.drug_class,"
            + " CASE WHEN l.k % 10 = 0 THEN NULL ELSE ((l.k % 997) + 1) / 100.0 END,"
            + " CASE WHEN l.k % 10 = 0 THEN NULL ELSE coalesce(d.unit, 'kg') END, l.k, 0"
            + " FROM (SELECT i, i AS k FROM range(" + seizures + ") r(i)"
            + "       UNION ALL SELECT i, i + 1000003 FROM range(" + seizures + ") r(i) WHERE i % 4 = 0) l"
            + " JOIN seizure s ON s.seizure_id = " + prefix + " || l.i"
            + " JOIN ref_drug d ON d.display_order = 1 + (l.k * 7919) % 23"
            + " JOIN ref_drug_class c ON c.drug = d.name"
            + "  AND (c.valid_from IS NULL OR c.valid_from <= s.seizure_date)"
            + "  AND (c.valid_to IS NULL OR c.valid_to >= s.seizure_date)");
      }
      return null;
    });
  }

  /** The raw-DuckDB baseline of {@link BenchmarkBaselines}, on this data. */
  public long rawGroupBy(int financialYearEnd) {
    return new BenchmarkBaselines(store).agencyDrugGroupBy(financialYearEnd);
  }

  public long count(String table) {
    return store.run(c -> {
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }
}
