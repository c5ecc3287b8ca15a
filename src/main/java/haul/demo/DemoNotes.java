package haul.demo;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import haul.reference.FinancialYear;
import haul.stats.Note;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The demo's data-quality notes ({@code notes.csv}), in the notes format of DESIGN.md with the
 * optional {@code story_text} column (the note's prose form for stories).
 */
public final class DemoNotes {

  private DemoNotes() {}

  public static List<Note> bundled() {
    return DemoTable.load("notes.csv").stream()
        .map(
            r ->
                new Note(
                    FinancialYear.parse(r.getField("financial_year")),
                    DemoTable.optional(r, "agency_code"),
                    r.getField("text"),
                    DemoTable.optional(r, "story_text")))
        .toList();
  }

  /**
   * Writes the notes as a plain {@code financial_year,agency_code,text,story_text} file (without the
   * resource's comment lines), ready for {@code haul notes import}.
   */
  public static Path writeTo(Path file) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(file, StandardCharsets.UTF_8)) {
        csv.writeRecord("financial_year", "agency_code", "text", "story_text");
        for (Note note : bundled()) {
          csv.writeRecord(note.year().label(), note.agencyCode().orElse(""), note.text(), note.storyText().orElse(""));
        }
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the demo notes to " + file, e);
    }
  }
}
