package haul.store;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Raw SQL the benchmarks time haul against, on the same store and data: what the engine does
 * without haul's definitions, areas, formatting or any Java.
 */
public final class BenchmarkBaselines {

  private final Store store;

  public BenchmarkBaselines(Store store) {
    this.store = store;
  }

  /**
   * The agency x drug GROUP BY alone over a year's drug lines (seizures, quantity, lines without
   * quantity). Returns the number of groups.
   */
  public long agencyDrugGroupBy(int financialYearEnd) {
    return store.run(c -> {
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT count(*) FROM (SELECT l.agency_code, l.drug,"
              + " count(DISTINCT l.seizure_id), sum(l.quantity), count(*) FILTER (WHERE l.quantity IS NULL)"
              + " FROM drug_line l JOIN seizure s ON s.agency_code = l.agency_code AND s.seizure_id = l.seizure_id"
              + " WHERE s.financial_year_end = " + financialYearEnd + " GROUP BY l.agency_code, l.drug)")) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  /**
   * The raw engine's speed on a CSV file, as the import benchmark's baseline: DuckDB's {@code
   * CREATE TABLE AS SELECT * FROM read_csv(...)} into a scratch table, dropped afterwards. A DuckDB
   * store only.
   *
   * @return the number of rows read
   */
  public long rawCsvLoad(Path csv) {
    return store.run(c -> {
      try (DuckDbDialect.ExactPath exact = DuckDbDialect.ExactPath.of(csv); Statement s = c.createStatement()) {
        s.execute("CREATE OR REPLACE TEMP TABLE raw_csv_baseline AS SELECT * FROM read_csv(" + exact.literal() + ")");
        long rows;
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM raw_csv_baseline")) {
          rs.next();
          rows = rs.getLong(1);
        }
        s.execute("DROP TABLE raw_csv_baseline");
        return rows;
      }
    });
  }
}
