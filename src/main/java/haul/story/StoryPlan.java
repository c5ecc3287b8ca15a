package haul.story;

import haul.reference.Agency;
import haul.reference.FinancialYear;
import haul.stats.Change;
import haul.stats.Note;
import haul.stats.RegionShare;
import haul.story.prose.VerbalSize;
import java.util.List;
import java.util.Optional;

/**
 * The second stage of a story, as a value testable without text: the angle that leads it (chosen
 * by the scores of {@code rules.json}), one section per paragraph in order (lede, data-quality
 * notes, the national picture, one paragraph per national drug with the local figures, a notable
 * local drug, shares, reaction), and what to warn the editor about.
 */
record StoryPlan(Agency agency, FinancialYear year, Angle angle, List<Section> sections, List<Warning> warnings) {

  StoryPlan {
    sections = List.copyOf(sections);
    warnings = List.copyOf(warnings);
  }

  /** Whether a section of the plan tells the note: a story warns only about the notes it tells. */
  boolean tells(Note note) {
    return sections.stream().anyMatch(s -> s instanceof AgencyNotes a && a.notes().contains(note)
        || s instanceof NationalPicture p && p.releaseNotes().contains(note)
        || s instanceof ClosingNotes c && c.notes().contains(note));
  }

  /** What leads the story: its headline and first paragraph. */
  sealed interface Angle {}

  /**
   * The agency's count against the year before; {@code size} is the verbal size that fits it, if any
   * ("more than halved", "almost unchanged"); {@code contrast} the agency's own figure of a drug whose
   * quantity moved the other way, which the headline and lede tell beside the count ({@code
   * rules.json} "headline_contrast": "... fall 15 per cent as cocaine haul rises 31 per cent").
   */
  record CountChange(Change seizures, Optional<VerbalSize> size, Optional<DrugComparison> contrast) implements Angle {
    CountChange(Change seizures, Optional<VerbalSize> size) {
      this(seizures, size, Optional.empty());
    }
  }

  /** The agency's count moved against the national direction. */
  record AgainstNational(Change seizures, Optional<VerbalSize> size, Change national) implements Angle {}

  /** The agency's count was almost unchanged (or unchanged) while the national count moved. */
  record SteadyAgainstNational(Change seizures, Optional<VerbalSize> size, Change national) implements Angle {}

  /** The agency's place among the forces, with the place it held the year before (0 for none). */
  record Rank(Change seizures, Optional<VerbalSize> size, int rank, int previousRank) implements Angle {}

  /** The highest or lowest count of the years the store holds. */
  record OnRecord(Change seizures, Optional<VerbalSize> size, boolean highest, int years) implements Angle {}

  /**
   * The agency's most striking drug figure against the year before; {@code caveat} is the sentence
   * the lede adds when the sidecar warns about the figure ({@code rules.json} "caveat_when_warned").
   */
  record LocalDrug(Change seizures, DrugComparison drug, Optional<String> caveat) implements Angle {}

  /** A national agency's share of a national drug quantity. */
  record NationalAgencyShare(Change seizures, DrugComparison local, DrugComparison national) implements Angle {}

  /**
   * The first year the store holds for the agency: no comparison; its place among the forces (0 for none).
   */
  record FirstYear(Change seizures, int rank) implements Angle {}

  /** The agency sent no figures for the year. */
  record NoReturn() implements Angle {}

  /** One paragraph (or, for reaction, one paragraph per quoted paragraph) of the body. */
  sealed interface Section {}

  /** The angle, told with the agency's count. */
  record Lede(Angle angle) implements Section {}

  /** Data-quality notes on the agency's figures, repeated after the comparison they qualify. */
  record AgencyNotes(List<Note> notes) implements Section {
    AgencyNotes {
      notes = List.copyOf(notes);
    }
  }

  /**
   * England and Wales seizures against the year before, beside the agency's own change, with the
   * notes on the whole release for this year and for the year compared with; when the totals lack
   * agencies ({@code coverage}), the change of the total the agency is compared with over the agencies
   * with figures in both years, and which agencies are missing.
   */
  record NationalPicture(Change national, Change local, List<Note> releaseNotes, Coverage coverage) implements Section {
    NationalPicture {
      releaseNotes = List.copyOf(releaseNotes);
    }
  }

  /**
   * One drug the national rules chose, nationally and in the agency's own figures; for a national
   * agency with its share of the national quantity. {@code also} when the drug before it moved the
   * same way nationally. {@code seizedMostlyBy} holds the national agencies' own figures for the drug
   * when they seized most of the national figure and the story is a police force's ({@code
   * rules.json} "who_seized"); {@code police} the police forces' own figure for it then, the figure a
   * force's compares with like for like.
   */
  record DrugPair(DrugComparison national, DrugComparison local, boolean withShare, boolean also, List<AgencyDrug> seizedMostlyBy,
      Optional<DrugComparison> police) implements Section {
    DrugPair {
      seizedMostlyBy = List.copyOf(seizedMostlyBy);
    }
  }

  /** An agency's own figure for a drug. */
  record AgencyDrug(Agency agency, DrugComparison drug) {}

  /**
   * The drugs' largest quantities this year, nationally and locally, and the drug the agency seized
   * most often, when there is no year before to compare.
   */
  record FirstYearDrugs(List<DrugComparison> national, List<DrugComparison> local, Optional<DrugComparison> mostOften)
      implements Section {
    FirstYearDrugs {
      national = List.copyOf(national);
      local = List.copyOf(local);
    }
  }

  /** A drug the local rules found notable, against the year before. */
  record NotableDrug(DrugComparison drug) implements Section {}

  /**
   * The agency's own region first (when it is not among the largest), then the regions with the
   * largest shares, then national agencies whose share is large enough to name.
   */
  record RegionalShares(List<RegionShare> largest, Optional<RegionShare> own, List<AgencyShare> nationalAgencies)
      implements Section {
    RegionalShares {
      largest = List.copyOf(largest);
      nationalAgencies = List.copyOf(nationalAgencies);
    }
  }

  /** A national agency's own share of all seizures in England and Wales. */
  record NationalShare(AgencyShare share) implements Section {}

  /** The drugs the agency seized most often, each against the year before when both exist ({@code tables.json}). */
  record DrugSeizures(List<DrugCount> drugs) implements Section {
    DrugSeizures {
      drugs = List.copyOf(drugs);
    }
  }

  /**
   * The agency's place among the forces with figures (0 when not told: the angle told it, or too few
   * forces), the place the year before (0 for none), and its trend over the years held, if one is told.
   */
  record Standing(int rank, int previousRank, int ranked, Optional<Trend> trend) implements Section {}

  /**
   * Notes on the whole release that qualify every figure alike (how the figures were compiled), told
   * once at the story's foot with the release's source line ({@code rules.json} "notes").
   */
  record ClosingNotes(List<Note> notes) implements Section {
    ClosingNotes {
      notes = List.copyOf(notes);
    }
  }

  /** The quotes and reported statements chosen within the reaction budget, in the bank's order. */
  record Reaction(List<QuoteBank.ReportedStatement> statements, List<QuoteBank.Quote> quotes) implements Section {
    Reaction {
      statements = List.copyOf(statements);
      quotes = List.copyOf(quotes);
    }

    int paragraphs() {
      return statements.size() + quotes.stream().mapToInt(q -> q.paragraphs().size()).sum();
    }
  }

  /** Something an editor should check before publishing. */
  sealed interface Warning {}

  /** A count that more than halved or at least doubled: possibly a change in recording. */
  record CountArtefact(Change seizures) implements Warning {}

  /** A drug quantity told in the story that at least tripled or fell to a third or less. */
  record QuantitySwing(DrugComparison drug) implements Warning {}

  /** The headline is on a change under 1 per cent. */
  record HeadlineOnNoChange(Change seizures) implements Warning {}

  record MissingReturn() implements Warning {}

  record NoPreviousYear() implements Warning {}

  record NoteApplies(Note note) implements Warning {}

  /** The quote bank was written for another release, so its quotes were left out. */
  record QuotesForAnotherRelease(String release) implements Warning {}

  /** A reported statement paraphrases a figure the data does not back. */
  record FigureInReportedStatement(QuoteBank.ReportedStatement statement) implements Warning {}

  /**
   * The totals the story tells lack agencies this year or the year before: which, how the story told
   * the change (like with like) and what the raw totals say.
   */
  record TotalsLackAgencies(Coverage coverage) implements Warning {}

  /** Entries the reaction budget left out, so the editor knows they exist. */
  record ReactionLeftOut(int entries, int budget) implements Warning {}
}
