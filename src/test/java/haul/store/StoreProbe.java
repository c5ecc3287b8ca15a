package haul.store;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Lets tests outside {@code haul.store} look into a store (and set one up) with plain SQL. */
public final class StoreProbe {

  private StoreProbe() {}

  /** Every row of a query, each as its columns' text (NULL as null), in the query's order. */
  public static List<List<String>> rows(Store store, String sql) {
    return store.run(c -> {
      List<List<String>> rows = new ArrayList<>();
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= columns; i++) {
            row.add(rs.getString(i));
          }
          rows.add(row);
        }
      }
      return rows;
    });
  }

  /** The rows of a query, each joined with {@code |}. */
  public static List<String> lines(Store store, String sql) {
    return rows(store, sql).stream().map(r -> String.join("|", r.stream().map(String::valueOf).toList())).toList();
  }

  public static long count(Store store, String sql) {
    return Long.parseLong(rows(store, sql).get(0).get(0));
  }

  public static void execute(Store store, String sql) {
    store.run(c -> {
      try (Statement s = c.createStatement()) {
        s.execute(sql);
      }
      return null;
    });
  }

  /** Every row of the tables an import touches, for "the store is exactly as it was". */
  public static List<String> snapshot(Store store) {
    List<String> all = new ArrayList<>();
    for (String table : List.of("seizure", "drug_line", "import_log", "import_reject", "table_figure")) {
      all.add("-- " + table);
      int columns = store.run(c -> {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " LIMIT 0")) {
          return rs.getMetaData().getColumnCount();
        }
      });
      StringBuilder order = new StringBuilder();
      for (int i = 1; i <= columns; i++) {
        order.append(i == 1 ? "" : ", ").append(i);
      }
      // ORDER BY ALL is DuckDB's alone
      all.addAll(lines(store, "SELECT * FROM " + table + " ORDER BY " + order));
    }
    return all;
  }
}
