package haul.demo;

import haul.reference.FinancialYear;
import haul.stats.Note;
import java.util.List;

/** The demo's data-quality notes ({@code notes.csv}), in the notes format of DESIGN.md. */
public final class DemoNotes {

  /** Where the notes live on the class path, for a command that imports them as a file. */
  public static final String RESOURCE = "/haul/demo/notes.csv";

  private DemoNotes() {}

  public static List<Note> bundled() {
    return DemoTable.load("notes.csv").stream()
        .map(
            r ->
                new Note(
                    FinancialYear.parse(r.getField("financial_year")),
                    DemoTable.optional(r, "agency_code"),
                    r.getField("text")))
        .toList();
  }
}
