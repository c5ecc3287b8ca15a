package haul.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Both engines, migrated from the one schema, hold the same tables and views with the same columns
 * in the same order and the same types: a migration that one engine reads differently shows here.
 */
class SchemaParityTest {

  @RegisterExtension final TestStores stores = TestStores.perTest();

  /** The engines' spellings of one SQL type, as the standard names them. */
  private static final Map<String, String> SAME_TYPE = Map.ofEntries(
      Map.entry("character varying", "varchar"),
      Map.entry("timestamp without time zone", "timestamp"),
      Map.entry("bytea", "blob"),
      Map.entry("double precision", "double"),
      Map.entry("int4", "integer"),
      Map.entry("int8", "bigint"),
      Map.entry("text", "varchar"));

  /**
   * A view's computed column takes the type each engine gives its expression: sum of a BIGINT is
   * HUGEINT in DuckDB and unbounded NUMERIC in PostgreSQL. The statistics read them as numbers, so
   * a view's numeric columns are compared as numbers; a table's columns are compared exactly.
   */
  private static final java.util.Set<String> NUMBER_IN_A_VIEW =
      java.util.Set.of("hugeint", "bigint", "integer", "decimal(38,9)", "decimal(null,null)", "double");

  @Test
  void duckDbAndPostgresHoldTheSameColumnsAfterMigration() {
    List<String> duck = columns(stores.open(StoreKind.DUCKDB), "main");
    Store postgres = stores.open(StoreKind.POSTGRESQL);
    List<String> pg = columns(postgres, postgres.run(c -> c.getSchema()));
    assertThat(duck).as("DuckDB's columns").isNotEmpty().contains("table seizure.seizure_id varchar", "view stats_cube.quantity number");
    assertThat(pg).as("PostgreSQL's columns, against DuckDB's").containsExactlyElementsOf(duck);
  }

  private static List<String> columns(Store store, String schema) {
    return store.run(c -> {
      List<String> rows = new ArrayList<>();
      String sql = "SELECT c.table_name, c.column_name, c.data_type, c.numeric_precision, c.numeric_scale, t.table_type"
          + " FROM information_schema.columns c JOIN information_schema.tables t"
          + " ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
          + " WHERE c.table_schema = '" + schema + "'"
          + " AND c.table_name NOT IN ('flyway_schema_history', 'schema_version')"
          + " ORDER BY c.table_name, c.ordinal_position";
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
        while (rs.next()) {
          String type = type(rs.getString(3), rs.getString(4), rs.getString(5));
          boolean view = "VIEW".equalsIgnoreCase(rs.getString(6));
          if (view && NUMBER_IN_A_VIEW.contains(type)) {
            type = "number";
          }
          rows.add((view ? "view " : "table ") + rs.getString(1) + "." + rs.getString(2) + " " + type);
        }
      }
      return rows;
    });
  }

  private static String type(String dataType, String precision, String scale) {
    String type = dataType.toLowerCase(Locale.ROOT);
    if (type.startsWith("decimal") || type.equals("numeric")) {
      return "decimal(" + precision + "," + scale + ")";
    }
    return SAME_TYPE.getOrDefault(type, type);
  }
}
