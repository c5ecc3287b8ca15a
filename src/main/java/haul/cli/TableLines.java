package haul.cli;

import haul.store.ExportedTable;
import java.io.PrintWriter;
import java.util.List;

/** How export and restore print the tables they moved. */
final class TableLines {

  private TableLines() {}

  static String summary(List<ExportedTable> tables) {
    long rows = tables.stream().mapToLong(ExportedTable::rows).sum();
    return tables.size() + (tables.size() == 1 ? " table, " : " tables, ") + rows + (rows == 1 ? " row" : " rows");
  }

  static void print(List<ExportedTable> tables, PrintWriter out) {
    for (ExportedTable table : tables) {
      out.println("  " + table.fileName() + ": " + table.rows() + (table.rows() == 1 ? " row" : " rows"));
    }
  }
}
