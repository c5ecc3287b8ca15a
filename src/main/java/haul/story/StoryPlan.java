package haul.story;

import haul.reference.Agency;
import haul.stats.Change;
import haul.stats.Note;
import haul.stats.RegionShare;
import java.util.List;
import java.util.Optional;

/**
 * The second stage of a story: which facts it tells, one section per paragraph, in the seed's
 * order (lede, data-quality notes, national picture, drugs nationally, the same drugs locally,
 * regional or national shares, reported statements, quotes), and what to warn the editor about.
 */
record StoryPlan(Agency agency, Change seizures, List<Section> sections, List<Warning> warnings) {

  StoryPlan {
    sections = List.copyOf(sections);
    warnings = List.copyOf(warnings);
  }

  /** One paragraph (or, for quotes, one paragraph per quoted paragraph) of the body. */
  sealed interface Section {}

  /** The agency's seizures this year against last. */
  record Lede(Change seizures) implements Section {}

  /** Data-quality notes on the agency's figures, repeated after the comparison they qualify. */
  record AgencyNotes(List<Note> notes) implements Section {
    AgencyNotes {
      notes = List.copyOf(notes);
    }
  }

  /** England and Wales seizures this year against last; {@code also} when the agency moved the same way. */
  record NationalPicture(Change national, boolean also, List<Note> releaseNotes) implements Section {
    NationalPicture {
      releaseNotes = List.copyOf(releaseNotes);
    }
  }

  /** The drugs whose national quantities the rules chose, most newsworthy first. */
  record NationalDrugs(List<DrugComparison> drugs) implements Section {
    NationalDrugs {
      drugs = List.copyOf(drugs);
    }
  }

  /**
   * The same drugs in the agency's own figures; for a national agency, with its share of the
   * national quantity ({@code national} in the same order as {@code local}); then any drug the
   * local rules found notable, with its comparison.
   */
  record LocalDrugs(List<DrugComparison> local, List<DrugComparison> national, boolean withShares, List<DrugComparison> notable)
      implements Section {
    LocalDrugs {
      local = List.copyOf(local);
      national = List.copyOf(national);
      notable = List.copyOf(notable);
    }
  }

  /**
   * The regions with the largest shares, the agency's own region when it is not among them, and
   * national agencies whose share is large enough to name.
   */
  record RegionalShares(List<RegionShare> largest, Optional<RegionShare> own, List<AgencyShare> nationalAgencies)
      implements Section {
    RegionalShares {
      largest = List.copyOf(largest);
      nationalAgencies = List.copyOf(nationalAgencies);
    }
  }

  /** A national agency's own share of all seizures in England and Wales: the national angle. */
  record NationalShare(AgencyShare share) implements Section {}

  record ReportedStatements(List<QuoteBank.ReportedStatement> statements) implements Section {
    ReportedStatements {
      statements = List.copyOf(statements);
    }
  }

  record Quotes(List<QuoteBank.Quote> quotes) implements Section {
    Quotes {
      quotes = List.copyOf(quotes);
    }
  }

  /** Something an editor should check before publishing. */
  sealed interface Warning {}

  /** A count that more than halved or at least doubled: possibly a change in recording. */
  record CountArtefact(Change seizures) implements Warning {}

  record MissingReturn() implements Warning {}

  record NoPreviousYear() implements Warning {}

  record NoteApplies(Note note) implements Warning {}

  /** The quote bank was written for another release, so its quotes were left out. */
  record QuotesForAnotherRelease(String release) implements Warning {}

  /** A reported statement paraphrases a figure the data does not back. */
  record FigureInReportedStatement(QuoteBank.ReportedStatement statement) implements Warning {}
}
