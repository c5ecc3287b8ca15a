package haul.cli;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import haul.reference.FinancialYear;
import haul.reference.ReferenceData;
import haul.store.NotesRepository;
import haul.store.Store;
import haul.store.StoredNote;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code haul notes}: data-quality notes, which tables mark {@code n} and the workbook lists. */
@Command(
    name = "notes",
    mixinStandardHelpOptions = true,
    description = "Add data-quality notes: on an agency's figures of a year, or on the whole release.",
    subcommands = {NotesCommand.Add.class, NotesCommand.Import.class})
final class NotesCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Add one note.")
  static final class Add implements Callable<Integer> {

    @Mixin StoreOption store;
    @Spec CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "Y", description = "the financial year: 2021/22")
    String year;

    @Option(names = "--agency", paramLabel = "CODE", description = "the agency; without it, a note on the whole release")
    String agency;

    @Parameters(paramLabel = "TEXT", description = "the note, as readers will see it")
    String text;

    @Option(names = "--story-text", paramLabel = "TEXT",
        description = "the note as a story tells it, in a sentence of its own; its figures must be figures of the release")
    String storyText;

    @Override
    public Integer call() {
      ReferenceData reference = ReferenceData.bundled();
      List<String> problems = new ArrayList<>();
      StoredNote note = note(reference, year, agency == null ? "" : agency, text, storyText == null ? "" : storyText, "", problems);
      if (!problems.isEmpty()) {
        throw new UserError(ExitCode.REJECTED, problems.get(0));
      }
      try (Store opened = store.open()) {
        NoteStoryTexts.check(opened, note, "").ifPresent(problem -> {
          throw new UserError(ExitCode.REJECTED, problem);
        });
        new NotesRepository(opened).addAll(List.of(note), Clock.systemUTC().instant());
      }
      spec.commandLine().getOut().println("added a note on " + note.agencyCode().orElse("the whole release")
          + " for " + new FinancialYear(note.financialYearEnd()).label());
      return ExitCode.OK;
    }
  }

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Add the notes of a CSV file (financial_year,agency_code,text[,story_text]): all of them, or none if any row is wrong.")
  static final class Import implements Callable<Integer> {

    @Mixin StoreOption store;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the notes CSV")
    Path file;

    @Override
    public Integer call() {
      ReferenceData reference = ReferenceData.bundled();
      List<String> problems = new ArrayList<>();
      List<StoredNote> notes = new ArrayList<>();
      List<String> wheres = new ArrayList<>();
      String content;
      try {
        content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UserError(ExitCode.REJECTED, "cannot read " + file + ": " + e.getMessage());
      }
      if (content.startsWith("\uFEFF")) {
        content = content.substring(1);
      }
      try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(content)) {
        for (NamedCsvRecord record : reader) {
          if (notes.isEmpty() && problems.isEmpty()) {
            List<String> missing = new ArrayList<>(List.of("financial_year", "agency_code", "text"));
            missing.removeAll(record.getHeader());
            if (!missing.isEmpty()) {
              throw new UserError(ExitCode.REJECTED, file + ": missing column " + String.join(", ", missing)
                  + ": the header must be financial_year,agency_code,text");
            }
          }
          String where = file + ":" + record.getStartingLineNumber() + ": ";
          StoredNote note = note(reference, record.getField("financial_year"), record.getField("agency_code"),
              record.getField("text"), record.findField("story_text").orElse(""), where, problems);
          if (note != null) {
            notes.add(note);
            wheres.add(where);
          }
        }
      } catch (IOException | RuntimeException e) {
        if (e instanceof UserError userError) {
          throw userError;
        }
        throw new UserError(ExitCode.REJECTED, file + ": not a notes CSV: " + e.getMessage());
      }
      var err = spec.commandLine().getErr();
      if (!problems.isEmpty()) {
        problems.forEach(err::println);
        throw new UserError(ExitCode.REJECTED, problems.size() + " rejected rows in " + file + ": no notes added");
      }
      try (Store opened = store.open()) {
        for (int i = 0; i < notes.size(); i++) {
          NoteStoryTexts.check(opened, notes.get(i), wheres.get(i)).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
          problems.forEach(err::println);
          throw new UserError(ExitCode.REJECTED, problems.size() + " rejected rows in " + file + ": no notes added");
        }
        new NotesRepository(opened).addAll(notes, Clock.systemUTC().instant());
      }
      spec.commandLine().getOut().println("added " + notes.size() + " notes from " + file);
      return ExitCode.OK;
    }
  }

  /** A valid note, or null with the problem added. */
  static StoredNote note(ReferenceData reference, String year, String agency, String text, String storyText, String where,
      List<String> problems) {
    Optional<FinancialYear> financialYear;
    try {
      financialYear = FinancialYear.tryParse(year);
    } catch (IllegalArgumentException outside) {
      problems.add(where + "financial_year: '" + year + "' is outside the financial years haul can hold");
      return null;
    }
    if (financialYear.isEmpty()) {
      problems.add(where + "financial_year: '" + year + "' is not a financial year: write it as 2021/22");
      return null;
    }
    Optional<String> code = Optional.empty();
    if (!agency.isBlank()) {
      var found = reference.agencies().find(agency);
      if (found.isEmpty()) {
        problems.add(where + "agency_code: unknown agency '" + agency + "': use a code of agencies.csv, such as kent");
        return null;
      }
      code = Optional.of(found.get().code());
    }
    if (text == null || text.isBlank()) {
      problems.add(where + "text: the note is empty");
      return null;
    }
    Optional<String> prose = storyText == null || storyText.isBlank() ? Optional.empty() : Optional.of(storyText.strip());
    return new StoredNote(financialYear.get().endYear(), code, text.strip(), prose);
  }
}
