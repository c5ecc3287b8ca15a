package haul.store;

import java.util.Objects;

/** A table written to, or read from, a Parquet export: {@code <table>.parquet} and its rows. */
public record ExportedTable(String table, long rows) {

  public ExportedTable {
    Objects.requireNonNull(table, "table");
  }

  public String fileName() {
    return table + ".parquet";
  }
}
