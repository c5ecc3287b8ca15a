package haul.publish;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A published table as CSV: UTF-8 without BOM, LF line ends, a header of the contract's column
 * names, fields quoted only when they must be. Equal tables give equal bytes.
 */
public final class CsvTable {

  private CsvTable() {}

  public static byte[] write(PublishedTable table) {
    StringWriter text = new StringWriter();
    try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(text)) {
      csv.writeRecord(table.allColumns().stream().map(Column::name).toList());
      List<String> fields = new ArrayList<>();
      for (TableRow row : table.rows()) {
        fields.clear();
        row.cells().forEach(c -> fields.add(c.csv()));
        fields.add(row.markerCodes());
        csv.writeRecord(fields);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The records of a CSV table written before, header included. */
  public static List<List<String>> read(byte[] csv) {
    List<List<String>> records = new ArrayList<>();
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(new String(csv, StandardCharsets.UTF_8))) {
      reader.forEach(r -> records.add(r.getFields()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }
}
