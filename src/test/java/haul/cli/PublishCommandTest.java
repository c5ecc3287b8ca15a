package haul.cli;

import static haul.store.SeizureFixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import haul.store.EditionRepository;
import haul.store.NotesRepository;
import haul.store.SeizureFixture;
import haul.store.Store;
import haul.store.StoredNote;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishCommandTest {

  @TempDir Path dir;
  private String db;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Kent K1 (2021/22) Cocaine 20 g; Border Force BF1 (2021/22) Cocaine 2 kg. */
  @BeforeEach
  void returns() {
    db = dir.resolve("haul.duckdb").toString();
    try (Store store = Store.open(db)) {
      new SeizureFixture(store)
          .seizure("kent", "K1", "2021-05-05", line("Cocaine", "20", "g"))
          .seizure("border-force", "BF1", "2021-06-01", line("Cocaine", "2", "kg"));
    }
  }

  private int haul(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void publishesAYearIntoTheOutputFolder() throws Exception {
    Path folder = dir.resolve("out");
    int code = haul("publish", "--db", db, "--year", "2021/22", "--out", folder.toString());

    assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).startsWith("published 2021/22 edition 1, public\n")
        // 7 tables, the workbook, 3 charts in 2 formats, 2 stories in 3 formats (Kent and Border Force:
        // an agency without figures gets none), the manifest and the bulletin with its sidecar
        .contains("23 files in " + folder + "\n")
        .endsWith("no story for 43 agencies without figures for 2021/22: Cleveland Police, Durham Constabulary, Northumbria Police,"
            + " Cheshire Constabulary, Cumbria Constabulary, Greater Manchester Police, Lancashire Constabulary, Merseyside Police,"
            + " Humberside Police, North Yorkshire Police, South Yorkshire Police, West Yorkshire Police, Derbyshire Constabulary,"
            + " Leicestershire Police, Lincolnshire Police, Northamptonshire Police, Nottinghamshire Police, Staffordshire Police,"
            + " Warwickshire Police, West Mercia Police, West Midlands Police, Bedfordshire Police, Cambridgeshire Constabulary,"
            + " Essex Police, Hertfordshire Constabulary, Norfolk Constabulary, Suffolk Constabulary, City of London Police,"
            + " Metropolitan Police Service, Hampshire Constabulary, Surrey Police, Sussex Police, Thames Valley Police,"
            + " Avon and Somerset Police, Devon and Cornwall Police, Dorset Police, Gloucestershire Constabulary, Wiltshire Police,"
            + " Dyfed-Powys Police, Gwent Police, North Wales Police, South Wales Police, British Transport Police\n");
    assertThat(Files.readAllLines(folder.resolve("tables/seizures_by_agency.csv")))
        .contains("2021/22,kent,Kent,territorial,South East,1,", "2021/22,england-and-wales,England and Wales,total,,2,n");
    assertThat(folder.resolve("haul-tables-2021-22.ods")).isRegularFile();
    assertThat(folder.resolve("manifest.json")).isRegularFile();
    // the sidecar's warnings open the copy in a comment, then the headline
    assertThat(Files.readString(folder.resolve("stories/kent.md"))).startsWith("<!-- Check before publishing").contains("\n-->\n\n# Kent Police");
  }

  @Test
  void publishingUnchangedDataKeepsTheEdition() {
    Path folder = dir.resolve("out");
    haul("publish", "--db", db, "--year", "FYE2022", "--out", folder.toString());
    int code = haul("publish", "--db", db, "--year", "2021/22", "--out", folder.toString());

    assertThat(code).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).contains("unchanged since 2021/22 edition 1, public");
  }

  @Test
  void anEmbargoIsInUkTimeUnlessItHasAnOffset() {
    int code = haul("publish", "--db", db, "--year", "2021/22", "--out", dir.resolve("out").toString(),
        "--at", "2099-04-20T09:30");

    assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).contains("embargoed until 2099-04-20T09:30+01:00");
    try (Store store = Store.open(db)) {
      assertThat(new EditionRepository(store).latest(2022).orElseThrow().publicAt())
          .isEqualTo(Instant.parse("2099-04-20T08:30:00Z"));
    }
    assertThat(PublishCommand.parseTime("--at", "2099-01-20T09:30Z")).isEqualTo(Instant.parse("2099-01-20T09:30:00Z"));
  }

  @Test
  void aBadTimeOrAYearNotHeldIsAOneLineError() {
    assertThat(haul("publish", "--db", db, "--year", "2021/22", "--at", "tomorrow")).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).isEqualTo(
        "haul: --at: 'tomorrow' is not a time: write 2023-04-20T09:30 (UK time) or 2023-04-20T09:30+01:00\n");
    err.getBuffer().setLength(0);
    assertThat(haul("publish", "--db", db, "--year", "2019/20")).isEqualTo(ExitCode.REJECTED);
    assertThat(err.toString()).isEqualTo(
        "haul: no returns or published tables are held for 2019/20; years held: 2021/22: import them first\n");
  }

  @Test
  void notesAreAddedByHandOrFromACsvFileAndAppearInTheTables() throws Exception {
    assertThat(haul("notes", "add", "--db", db, "--year", "2021/22", "--agency", "Kent",
        "Kent Police changed its recording system.")).as(err.toString()).isEqualTo(ExitCode.OK);
    Path csv = dir.resolve("notes.csv");
    Files.writeString(csv, "financial_year,agency_code,text\n2021/22,,Figures are provisional.\n"
        + "2021/22,border-force,Includes a large seizure at Felixstowe.\n");
    assertThat(haul("notes", "import", "--db", db, csv.toString())).as(err.toString()).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).contains("added a note on kent for 2021/22", "added 2 notes from " + csv);

    try (Store store = Store.open(db)) {
      assertThat(new NotesRepository(store).notes(2022, 2022)).containsExactly(
          new StoredNote(2022, java.util.Optional.empty(), "Figures are provisional."),
          new StoredNote(2022, java.util.Optional.of("border-force"), "Includes a large seizure at Felixstowe."),
          new StoredNote(2022, java.util.Optional.of("kent"), "Kent Police changed its recording system."));
    }
    Path folder = dir.resolve("out");
    haul("publish", "--db", db, "--year", "2021/22", "--out", folder.toString());
    assertThat(Files.readAllLines(folder.resolve("tables/seizures_by_agency.csv")))
        .contains("2021/22,kent,Kent,territorial,South East,1,n", "2021/22,border-force,Border Force,border,,1,n");
  }

  @Test
  void aNotesFileWithAWrongRowAddsNothing() throws Exception {
    Path csv = dir.resolve("notes.csv");
    Files.writeString(csv, "financial_year,agency_code,text\n2021/22,kent,Fine.\n2021,kent,Bad year.\n"
        + "2021/22,atlantis,Bad agency.\n");
    assertThat(haul("notes", "import", "--db", db, csv.toString())).isEqualTo(ExitCode.REJECTED);
    assertThat(err.toString().lines().toList()).containsExactly(
        csv + ":3: financial_year: '2021' is not a financial year: write it as 2021/22",
        csv + ":4: agency_code: unknown agency 'atlantis': use a code of agencies.csv, such as kent",
        "haul: 2 rejected rows in " + csv + ": no notes added");
    try (Store store = Store.open(db)) {
      assertThat(new NotesRepository(store).notes(2000, 2100)).isEqualTo(List.of());
    }
  }

  /**
   * A note's prose form for stories (story_text) is stored beside its text; a story text whose
   * figure is no figure of the release is refused, naming the file, the row and the column.
   */
  @Test
  void aStoryTextIsStoredAndItsFiguresMustBeFiguresOfTheRelease() throws Exception {
    Path csv = dir.resolve("notes.csv");
    Files.writeString(csv, "financial_year,agency_code,text,story_text\n"
        + "2021/22,kent,Kent Police changed its recording system.,\"Kent Police changed how it records seizures, the release says.\"\n"
        + "2021/22,,About 7% of seizures were imputed.,\n");
    assertThat(haul("notes", "import", "--db", db, csv.toString())).as(err.toString()).isEqualTo(ExitCode.OK);
    assertThat(haul("notes", "add", "--db", db, "--year", "2021/22", "--agency", "kent", "Kent made 1 seizure.",
        "--story-text", "Kent Police made 1 drug seizure in the year to March 2022, the release says.")).as(err.toString())
        .isEqualTo(ExitCode.OK);
    try (Store store = Store.open(db)) {
      assertThat(new NotesRepository(store).notes(2022, 2022)).containsExactly(
          new StoredNote(2022, java.util.Optional.empty(), "About 7% of seizures were imputed."),
          new StoredNote(2022, java.util.Optional.of("kent"), "Kent Police changed its recording system.",
              java.util.Optional.of("Kent Police changed how it records seizures, the release says.")),
          new StoredNote(2022, java.util.Optional.of("kent"), "Kent made 1 seizure.",
              java.util.Optional.of("Kent Police made 1 drug seizure in the year to March 2022, the release says.")));
    }

    Path wrong = dir.resolve("wrong.csv");
    Files.writeString(wrong, "financial_year,agency_code,text,story_text\n"
        + "2021/22,kent,Kent's count is low.,Kent Police made 7 drug seizures in the year to March 2022.\n");
    err.getBuffer().setLength(0);
    assertThat(haul("notes", "import", "--db", db, wrong.toString())).isEqualTo(ExitCode.REJECTED);
    assertThat(err.toString().lines().toList().get(0)).startsWith(wrong + ":2: story_text: '7")
        .endsWith(": a story text's figures must be figures of the release; write it with those, or without figures");
    err.getBuffer().setLength(0);
    assertThat(haul("notes", "add", "--db", db, "--year", "2019/20", "a note", "--story-text", "It made 3 seizures."))
        .isEqualTo(ExitCode.REJECTED);
    assertThat(err.toString()).isEqualTo("haul: story_text: it gives figures, but the store holds no figures for 2019/20 to check"
        + " them against: import the figures first, or write the story text without figures\n");
    try (Store store = Store.open(db)) {
      assertThat(new NotesRepository(store).notes(2000, 2100)).hasSize(3);
    }
  }
}
