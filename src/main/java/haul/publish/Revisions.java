package haul.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Marks rows revised since the last edition ({@code r}): a row whose key the last edition's table
 * had, with other values now. Rows new in this edition are not revisions. The last edition is read
 * from the CSV bytes it stored, so what counts as a change is what a reader would have seen.
 */
public final class Revisions {

  private final Map<String, byte[]> lastEditionFiles;

  /** @param lastEditionFiles the files of the last edition by name ({@code tables/x.csv}); empty for none */
  public Revisions(Map<String, byte[]> lastEditionFiles) {
    this.lastEditionFiles = Map.copyOf(lastEditionFiles);
  }

  public PublishedTable mark(PublishedTable table) {
    byte[] before = lastEditionFiles.get(Publication.TABLES + table.fileName());
    if (before == null) {
      return table;
    }
    Map<List<String>, List<String>> earlier = new HashMap<>();
    List<List<String>> records = CsvTable.read(before);
    int width = table.columns().size();
    for (List<String> record : records.subList(Math.min(1, records.size()), records.size())) {
      if (record.size() == width + 1) {
        earlier.put(key(record, table), record.subList(0, width));
      }
    }
    List<TableRow> rows = new ArrayList<>(table.rows().size());
    for (TableRow row : table.rows()) {
      List<String> values = row.cells().stream().map(Cell::csv).toList();
      Optional<List<String>> was = Optional.ofNullable(earlier.get(values.subList(0, row.keyWidth())));
      rows.add(was.isPresent() && !was.get().equals(values) ? row.with(Marker.REVISED) : row);
    }
    return table.withRows(rows);
  }

  private static List<String> key(List<String> record, PublishedTable table) {
    int keyWidth = table.rows().isEmpty() ? 1 : table.rows().get(0).keyWidth();
    return List.copyOf(record.subList(0, keyWidth));
  }
}
