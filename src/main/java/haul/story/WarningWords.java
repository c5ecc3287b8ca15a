package haul.story;

import static haul.story.Names.possessive;

import haul.reference.Agency;
import haul.reference.FinancialYear;
import haul.stats.Change;
import haul.stats.Note;
import haul.story.prose.ProseNumbers;

/**
 * What the sidecar tells the editor to check, in words. Figures here are for the editor, not the
 * story, so they are not facts of the ledger.
 */
final class WarningWords {

  private final Agency agency;
  private final Lexicon lexicon;
  private final FinancialYear year;

  WarningWords(Agency agency, Lexicon lexicon, FinancialYear year) {
    this.agency = agency;
    this.lexicon = lexicon;
    this.year = year;
  }

  String warning(StoryPlan.Warning warning) {
    if (warning instanceof StoryPlan.CountArtefact artefact) {
      Change seizures = artefact.seizures();
      long change = seizures.change().getAsLong();
      String span = ProseNumbers.count(seizures.previous().get()) + " to " + ProseNumbers.count(seizures.current().get());
      String moved = seizures.percentChange()
          .map(p -> (change < 0 ? "fell by " : "rose by ") + ProseNumbers.percentChange(p) + " (" + span + ")")
          .orElse("rose from " + span);
      return "Seizures " + moved + ": check for a change in recording.";
    } else if (warning instanceof StoryPlan.QuantitySwing swing) {
      DrugComparison drug = swing.drug();
      String where = drug.area().equals(Figures.NATIONAL) ? "across England and Wales" : "by " + agency.fullName();
      String before = Figures.counted(drug, amount(drug, drug.previous().get()));
      String now = Figures.counted(drug, amount(drug, drug.current().get()));
      String moved = drug.change().signum() > 0 ? "at least tripled" : "fell to a third or less";
      return "The quantity of " + lexicon.drugNoun(drug.drug()) + " seized " + where + " " + moved + " (" + before + " to " + now
          + "): check for one very large seizure or a recording error.";
    } else if (warning instanceof StoryPlan.HeadlineOnNoChange none) {
      Change seizures = none.seizures();
      return "The headline is on a change of less than 1 per cent (" + ProseNumbers.count(seizures.previous().get()) + " to "
          + ProseNumbers.count(seizures.current().get()) + "): consider another angle.";
    } else if (warning instanceof StoryPlan.MissingReturn) {
      return agency.fullName() + " has no figures for " + year.prose()
          + ": the story says they are not available and makes no comparison. Check whether the return is late.";
    } else if (warning instanceof StoryPlan.NoPreviousYear) {
      return agency.fullName() + " has no figures for " + year.previous().prose() + ": the story makes no comparison.";
    } else if (warning instanceof StoryPlan.NoteApplies note) {
      return "A data-quality note applies to " + possessive(agency.fullName()) + " figures for " + note.note().year().prose()
          + ", and the story repeats it: " + Paragraphs.quoted(note.note().text());
    } else if (warning instanceof StoryPlan.QuotesForAnotherRelease other) {
      return "The quote bank was written for the " + other.release() + " release, not " + year.label() + ": its quotes were left out.";
    } else if (warning instanceof StoryPlan.FigureInReportedStatement figure) {
      return "A reported statement by " + figure.statement().speaker().name()
          + " gives a figure outside quotation marks that the data does not back: check it before publishing.";
    } else if (warning instanceof StoryPlan.TotalsLackAgencies lacking) {
      return TotalWords.warning(lacking.coverage(), year);
    } else if (warning instanceof StoryPlan.ReactionLeftOut left) {
      return left.entries() + (left.entries() == 1 ? " entry" : " entries") + " of the quote bank did not fit the reaction budget of "
          + left.budget() + " paragraphs or this story: add any you want by hand.";
    }
    throw new IllegalArgumentException("no words for " + warning);
  }

  /** A note's prose form that failed its check, so the story quoted the note instead. */
  static String storyTextRefused(Note note, String problem) {
    String on = note.agencyCode().map(a -> a + "'s figures").orElse("the whole release");
    return "The story text of the note on " + on + " for " + note.year().label()
        + " was not used, and the note is quoted instead: " + problem + ". Give it figures of the release, or none.";
  }

  private static String amount(DrugComparison drug, java.math.BigDecimal value) {
    return switch (drug.unit()) {
      case KG -> ProseNumbers.kilograms(value);
      case DOSES -> ProseNumbers.doses(value);
      case PLANTS -> ProseNumbers.plants(value);
    };
  }
}
