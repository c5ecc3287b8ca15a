package haul.demo;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A bundled CSV under {@code /haul/demo/}: {@code #} lines are comments. Small files, read whole. */
final class DemoTable {

  private DemoTable() {}

  static List<NamedCsvRecord> load(String name) {
    String path = "/haul/demo/" + name;
    try (InputStream in = DemoTable.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("demo resource missing from the build: " + path);
      }
      List<NamedCsvRecord> records = new ArrayList<>();
      try (CsvReader<NamedCsvRecord> reader =
          CsvReader.builder()
              .commentStrategy(CommentStrategy.SKIP)
              .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        reader.forEach(records::add);
      }
      return List.copyOf(records);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read demo resource " + path, e);
    }
  }

  static Optional<String> optional(NamedCsvRecord record, String field) {
    String value = record.getField(field).strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  static Optional<BigDecimal> optionalDecimal(NamedCsvRecord record, String field) {
    return optional(record, field).map(BigDecimal::new);
  }
}
