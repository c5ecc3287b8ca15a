package haul.cli;

import haul.reference.FinancialYear;
import haul.stats.Statistics;
import haul.store.Store;
import haul.store.StoredNote;
import haul.story.NoteProse;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a note's prose form for stories ({@code story_text}) when it is added: each figure in it
 * must be a figure of the release of the note's year (that year or the one before), as check-story
 * reads it, so that a story can tell it as a traced fact. A story text without figures needs no
 * data. Costs computing the year's release once per note with figures.
 */
final class NoteStoryTexts {

  private static final Pattern DIGIT = Pattern.compile("\\d");

  private NoteStoryTexts() {}

  /** What is wrong with the note's story text, after {@code where} ("notes.csv:5: "); empty when a story may tell it. */
  static Optional<String> check(Store store, StoredNote note, String where) {
    if (note.storyText().isEmpty() || !DIGIT.matcher(note.storyText().get()).find()) {
      return Optional.empty();
    }
    FinancialYear year = new FinancialYear(note.financialYearEnd());
    Statistics statistics = new Statistics(store);
    if (!statistics.yearsHeld().contains(year)) {
      return Optional.of(where + "story_text: it gives figures, but the store holds no figures for " + year.label()
          + " to check them against: import the figures first, or write the story text without figures");
    }
    return NoteProse.problem(statistics.release(year), note.agencyCode(), note.storyText().get())
        .map(problem -> where + "story_text: " + problem
            + ": a story text's figures must be figures of the release; write it with those, or without figures");
  }
}
