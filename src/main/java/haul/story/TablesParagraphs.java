package haul.story;

import static haul.story.Names.capitalise;
import static haul.story.Names.possessive;

import haul.reference.FinancialYear;
import haul.stats.Change;
import haul.story.prose.ProseNumbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The paragraphs of the parts a short story adds ({@link TablesContent}): the drugs the agency
 * seized most often, each against the year before ("The force made 2,827 seizures of cannabis, the drug
 * it seized most often, down 12 per cent from 3,202 the year before."), and its standing (its
 * place among the forces with figures, its run of rises or falls and its record over the years
 * held). Every figure is written by {@link Figures}. One instance per story.
 */
final class TablesParagraphs {

  private final Names names;
  private final Figures figures;
  private final Lexicon lexicon;
  private final FinancialYear year;

  private final TablesRules rules = TablesRules.bundled();

  TablesParagraphs(Names names, Figures figures) {
    this.names = names;
    this.figures = figures;
    this.lexicon = names.lexicon();
    this.year = figures.year();
  }

  String drugSeizures(StoryPlan.DrugSeizures section) {
    List<String> sentences = new ArrayList<>();
    List<DrugCount> drugs = section.drugs();
    DrugCount first = drugs.get(0);
    // the drug is named beside its count, so that check-story reads the change after it as the drug's
    sentences.add(capitalise(names.reference()) + " made " + count(first) + " of " + noun(first.drug()) + ", the drug it seized most often"
        + against(first) + ".");
    List<DrugCount> rest = drugs.subList(1, drugs.size());
    if (rest.stream().allMatch(d -> d.change().change().isEmpty())) {
      // no year before to compare with: one sentence names them all
      List<String> clauses = rest.stream().map(d -> count(d) + " of " + noun(d.drug())).toList();
      if (!clauses.isEmpty()) {
        sentences.add("It also made " + Names.join(clauses) + ".");
      }
    } else {
      // "It also made ...", then "Its seizures of heroin numbered ...": check-story reads a second
      // "and 161 seizures of heroin, down 3 per cent from 166" in one sentence as the year before's
      for (int i = 0; i < rest.size(); i++) {
        DrugCount drug = rest.get(i);
        sentences.add(i == 0 ? "It also made " + count(drug) + " of " + noun(drug.drug()) + against(drug) + "."
            : "Its seizures of " + noun(drug.drug()) + " numbered " + figures.drugSeizures(drug, drug.current(), year) + against(drug) + ".");
      }
    }
    return String.join(" ", sentences);
  }

  /** The drug as a noun: a group by its name in {@code tables.json} ("cannabis"), a drug by the lexicon's. */
  private String noun(String drug) {
    return rules.drugSeizures().groupNouns().getOrDefault(drug, lexicon.drugNoun(drug));
  }

  /** "1,520 seizures". */
  private String count(DrugCount drug) {
    return figures.drugSeizures(drug, drug.current(), year) + " " + ProseNumbers.plural(drug.current().get(), "seizure", "seizures");
  }

  /** ", down 5 per cent from 1,600 the year before"; nothing when the year before is not available. */
  private String against(DrugCount drug) {
    Change change = drug.change();
    if (change.change().isEmpty()) {
      return "";
    }
    long delta = change.change().getAsLong();
    if (delta == 0) {
      figures.drugSeizures(drug, drug.previous(), year.previous()); // the figure is the year before's too
      return ", the same number as the year before";
    }
    if (drug.previous().get() == 0) {
      return ", against none the year before";
    }
    String before = figures.drugSeizures(drug, drug.previous(), year.previous());
    BigDecimal percent = change.percentChange().orElseThrow();
    if (delta > 0 && figures.sizes().isMultiple(BigDecimal.valueOf(drug.current().get()), BigDecimal.valueOf(drug.previous().get()))) {
      return ", up from " + before + " the year before: " + figures.drugSeizuresMultiple(drug) + " as many";
    }
    if (figures.sizes().isAlmostUnchanged(percent)) {
      return ", " + figures.sized("almost unchanged", percent, drug.area(), Optional.of(drug.drug())) + " from " + before + " the year before";
    }
    return ", " + (delta < 0 ? "down " : "up ") + figures.drugSeizuresPercent(drug) + " from " + before + " the year before";
  }

  /** A place told is a fact of the ledger, as every figure is. */
  private String ranked(String words, int rank, FinancialYear of) {
    return figures.rank(words, rank, names.agency().code(), of);
  }

  String standing(StoryPlan.Standing standing) {
    List<String> sentences = new ArrayList<>();
    if (standing.rank() > 0) {
      String moved = standing.previousRank() == 0 || standing.previousRank() == standing.rank() ? ""
          : ", " + (standing.rank() < standing.previousRank() ? "up" : "down") + " from "
              + ranked(ProseNumbers.ordinal(standing.previousRank()) + " place", standing.previousRank(), year.previous())
              + " the year before";
      String place = standing.rank() == 1 ? ranked("the most drug seizures", 1, year)
          : ranked("the " + ProseNumbers.ordinal(standing.rank()) + "-highest", standing.rank(), year) + " number of drug seizures";
      sentences.add("Of the " + TotalWords.forces(figures, standing.ranked(), "police", year.label()) + " territorial forces with figures for " + year.prose() + ", "
          + names.reference() + " made " + place + moved + ".");
    }
    standing.trend().ifPresent(trend -> sentences.add(trend(trend)));
    return String.join(" ", sentences);
  }

  /**
   * "The force's seizures have fallen for five years in a row. Of the seven years these figures cover,
   * they were lowest in the year to March 2016." A record is said without "the lowest", which
   * check-story would read as a rank among the forces, and of the years the store holds, not "on
   * record": the Home Office's series goes back further than the tables or returns loaded.
   */
  private String trend(Trend trend) {
    String whose = possessive(names.reference()) + " seizures";
    String record = trend.highest() ? "highest" : trend.lowest() ? "lowest" : "";
    String of = "of the " + ProseNumbers.words(trend.years()) + " years these figures cover";
    if (trend.run() >= 2) {
      String run = capitalise(whose) + " have " + (trend.rising() ? "risen" : "fallen") + " for " + ProseNumbers.words(trend.run()) + " years in a row.";
      return run + (record.isEmpty() ? "" : " " + capitalise(of) + ", they were " + record + " in " + year.prose() + ".");
    }
    return capitalise(of) + ", " + whose + " were " + record
        + " in " + year.prose() + ".";
  }
}
