package haul.reference;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A bundled reference CSV under {@code /haul/reference/}: {@code #} lines are comments, the first
 * other line is the header. Small files only: the whole table is read into memory.
 */
final class ResourceTable {

  private final String name;
  private final byte[] bytes;
  private final List<NamedCsvRecord> records;

  private ResourceTable(String name, byte[] bytes, List<NamedCsvRecord> records) {
    this.name = name;
    this.bytes = bytes;
    this.records = records;
  }

  static ResourceTable load(String name) {
    String path = "/haul/reference/" + name;
    try (InputStream in = ResourceTable.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("reference resource missing from the build: " + path);
      }
      byte[] bytes = in.readAllBytes();
      List<NamedCsvRecord> records = new ArrayList<>();
      try (CsvReader<NamedCsvRecord> reader =
          CsvReader.builder()
              .commentStrategy(CommentStrategy.SKIP)
              .ofNamedCsvRecord(
                  new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
        reader.forEach(records::add);
      }
      return new ResourceTable(name, bytes, List.copyOf(records));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reference resource " + path, e);
    }
  }

  String name() {
    return name;
  }

  List<NamedCsvRecord> records() {
    return records;
  }

  void digestInto(MessageDigest digest) {
    digest.update(name.getBytes(StandardCharsets.UTF_8));
    digest.update(bytes);
  }

  static Optional<String> optional(NamedCsvRecord record, String field) {
    String value = record.getField(field).strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  static Optional<LocalDate> optionalDate(NamedCsvRecord record, String field) {
    return optional(record, field).map(LocalDate::parse);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}
