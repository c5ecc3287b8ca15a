package haul.ingest.returns;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Test returns: files written from lines, and options with a fixed clock. */
final class Returns {

  static final String HEADER = "agency,seizure_id,seizure_date,drug,quantity,unit";

  /** 1 January 2023, 12:00 UTC: dates after 2023-01-01 are in the future. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2023-01-01T12:00:00Z"), ZoneOffset.UTC);

  private Returns() {}

  static Path write(Path dir, String name, String... rows) throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (String row : rows) {
      text.append(row).append('\n');
    }
    return writeRaw(dir, name, text.toString());
  }

  static Path writeRaw(Path dir, String name, String text) throws IOException {
    return writeBytes(dir, name, text.getBytes(StandardCharsets.UTF_8));
  }

  static Path writeBytes(Path dir, String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  static ImportOptions options() {
    return ImportOptions.defaults().withClock(CLOCK);
  }
}
