package haul.story;

import static haul.story.Names.capitalise;
import static haul.story.Names.possessive;

import haul.reference.FinancialYear;
import haul.reference.Unit;
import haul.stats.Change;
import haul.stats.Count;
import haul.story.prose.ProseNumbers;
import haul.story.prose.VerbalSize;
import java.util.Optional;

/**
 * The headline and the first paragraph, both of which tell the story's angle: "Drug seizures by
 * Thames Valley Police more than halve" and its lede. The count of the year before is always in the
 * lede when there is one, so the angle never hides the comparison. "The year to March 2022" names
 * the year, never "last year".
 */
final class Leads {

  private final Names names;
  private final Figures figures;
  private final Lexicon lexicon;
  private final FinancialYear year;
  /** What a share is of: England and Wales, or the seizures in these tables when they lack agencies. */
  private final ShareWholes wholes;
  /** Whose figures these are, completing "according to" ("Home Office figures"); empty without release metadata. */
  private final Optional<String> attribution;

  Leads(Names names, Figures figures, ShareWholes wholes, Optional<String> attribution) {
    this.names = names;
    this.figures = figures;
    this.wholes = wholes;
    this.attribution = attribution;
    this.lexicon = names.lexicon();
    this.year = figures.year();
  }

  // ---- headlines (present tense, as news headlines are) ----

  String headline(StoryPlan.Angle angle) {
    String name = names.fullName();
    String seizuresBy = "Drug seizures by " + name + lexicon.agencyPlace(names.agency()).map(p -> " " + p).orElse("");
    if (angle instanceof StoryPlan.NoReturn) {
      return capitalise(possessive(name)) + " drug seizure figures are missing from the new release";
    } else if (angle instanceof StoryPlan.FirstYear first) {
      return capitalise(name) + " " + makes(first.seizures().current()) + " in " + year.prose();
    } else if (angle instanceof StoryPlan.CountChange count) {
      return multipleHeadline(count.seizures(), count.size())
          .orElseGet(() -> capitalise(seizuresBy) + " " + changeHeadline(count.seizures(), count.size()))
          + count.contrast().map(this::contrastHeadline).orElse("");
    } else if (angle instanceof StoryPlan.AgainstNational against) {
      // the national trend first, so that the figure after it is read as the agency's
      return "Against the national trend, " + multipleHeadline(against.seizures(), against.size())
          .orElseGet(() -> seizuresBy.replace("Drug seizures", "drug seizures") + " " + changeHeadline(against.seizures(), against.size()));
    } else if (angle instanceof StoryPlan.SteadyAgainstNational steady) {
      boolean fell = steady.national().change().getAsLong() < 0;
      return capitalise(possessive(name)) + " drug seizures hold steady against a national " + (fell ? "fall" : "rise");
    } else if (angle instanceof StoryPlan.Rank rank) {
      if (rank.rank() <= 3 || rank.previousRank() == 0) {
        return capitalise(name) + (rank.rank() == 1 ? " makes " + ranked("more drug seizures than any other force", 1, year)
            : " makes " + ranked("the " + most(rank.rank()), rank.rank(), year) + " number of drug seizures of any force");
      }
      String verb = rank.rank() < rank.previousRank() ? "climbs" : "falls";
      return capitalise(name) + " " + verb + " to " + ranked(ProseNumbers.ordinal(rank.rank()) + " place", rank.rank(), year)
          + " among forces for drug seizures";
    } else if (angle instanceof StoryPlan.OnRecord record) {
      String verb = record.highest() ? "rise" : "fall";
      return capitalise(seizuresBy) + " " + verb + " to their " + (record.highest() ? "highest" : "lowest") + " in "
          + ProseNumbers.words(record.years()) + " years";
    } else if (angle instanceof StoryPlan.LocalDrug local) {
      return verbHeadline(local.drug()).orElseGet(() -> capitalise(name) + " seizes " + drugHeadline(local.drug()));
    } else if (angle instanceof StoryPlan.NationalAgencyShare share) {
      String noun = lexicon.drugNoun(share.local().drug());
      return capitalise(name) + " seizes " + figures.drugShare(share.local(), share.national()) + " of " + wholes.seized(noun);
    }
    throw new IllegalArgumentException("no headline for " + angle);
  }

  /** "Kent Police makes nearly four times as many drug seizures": a rise told as a multiple. */
  private Optional<String> multipleHeadline(Change seizures, Optional<VerbalSize> size) {
    if (size.isEmpty() || size.get().kind() != VerbalSize.Kind.MULTIPLE || seizures.previous().get() == 0) {
      return Optional.empty();
    }
    return Optional.of(capitalise(names.fullName()) + " makes " + figures.countMultiple(seizures.current().get(), seizures.previous().get())
        + " as many drug seizures");
  }

  /** The agency's count change in words, recorded as the percentage it stands for. */
  private String countSize(String words, Change seizures) {
    return figures.sized(words, seizures.percentChange().orElseThrow(), names.agency().code(), Optional.empty());
  }

  /** "more than halve", "almost unchanged", "fall by a fifth", "rise 14 per cent", "unchanged". */
  private String changeHeadline(Change seizures, Optional<VerbalSize> size) {
    long change = seizures.change().getAsLong();
    if (change == 0) {
      return "unchanged";
    }
    if (seizures.previous().get() == 0) {
      return "rise from none the year before";
    }
    String verb = change < 0 ? "fall" : "rise";
    if (size.isPresent()) {
      return switch (size.get().kind()) {
        case VERB, STATE -> countSize(size.get().present(), seizures);
        case FRACTION -> verb + " by " + countSize(size.get().present(), seizures);
        case MULTIPLE -> "rise " + figures.percent(seizures.percentChange().get(), names.agency().code());
      };
    }
    return verb + " " + figures.percent(seizures.percentChange().get(), names.agency().code());
  }

  /**
   * A drug haul that doubled or halved, in the size's own verb, its subject the quantity (not the
   * count of seizures): "Amount of heroin seized by West Mercia Police more than doubles", "Doses of
   * morphine seized by Derbyshire Constabulary more than double"; empty for any other size, and where
   * a multiple or a percentage tells it.
   */
  private Optional<String> verbHeadline(DrugComparison drug) {
    if (figures.isMultiple(drug) || drug.percentChange().isEmpty()) {
      return Optional.empty();
    }
    Optional<VerbalSize> size = figures.sizes().describe(drug.percentChange().get()).filter(v -> v.kind() == VerbalSize.Kind.VERB);
    if (size.isEmpty()) {
      return Optional.empty();
    }
    boolean counted = drug.unit() != Unit.KG;
    String subject = counted ? capitalise(lexicon.quantityNoun(drug.drug(), drug.unit())) : "Amount of " + lexicon.drugNoun(drug.drug());
    // a counted subject takes the plural verb the sizes give ("more than double"), an amount the singular
    Optional<String> verb = counted ? Optional.of(size.get().present()) : size.get().presentSingular();
    return verb.map(v -> subject + " seized by " + names.fullName() + " "
        + figures.sized(v, drug.percentChange().get(), drug.area(), Optional.of(drug.drug())));
  }

  /**
   * A count-change headline's second clause, on a haul that moved the other way ({@code rules.json}
   * "headline_contrast"): ", but 31 per cent more cocaine is seized", ", but a third fewer doses of
   * LSD are seized", ", but the amount of cocaine seized nearly doubles". Its subject is the quantity
   * seized, never the seizures ("seized" tells check-story so; ", but" opens the drug's own clause). A
   * percentage the printed figures cannot show ("rounded_pairs") is left out (", but more cocaine is
   * seized"), and the lede gives the haul's figures.
   */
  private String contrastHeadline(DrugComparison drug) {
    boolean rose = drug.change().signum() > 0;
    String is = lexicon.comparativeWas(drug.unit()).equals("were") ? "are" : "is";
    java.math.BigDecimal percent = drug.percentChange().orElseThrow();
    Optional<VerbalSize> size = figures.sizes().describe(percent);
    boolean verb = size.isPresent() && size.get().kind() == VerbalSize.Kind.VERB;
    boolean fraction = size.isPresent() && size.get().kind() == VerbalSize.Kind.FRACTION;
    if (verb && size.get().presentSingular().isPresent()) {
      // ", but the amount of cocaine seized nearly doubles": the size's own verb, its subject the amount
      String whole = lexicon.isCounted(drug.unit()) ? "the number of " + lexicon.quantityNoun(drug.drug(), drug.unit())
          : "the amount of " + lexicon.drugNoun(drug.drug());
      return ", but " + whole + " seized " + figures.sized(size.get().presentSingular().get(), percent, drug.area(), Optional.of(drug.drug()));
    }
    String what;
    if (verb || !figures.percentShows(drug) || fraction && lexicon.isPluralDrug(drug.drug()) && drug.unit() == Unit.KG) {
      what = lexicon.comparative(drug.drug(), drug.unit(), rose);
    } else if (fraction) {
      what = lexicon.byPercent(drug.drug(), drug.unit(), rose,
          figures.sized(size.get().present(), percent, drug.area(), Optional.of(drug.drug())));
    } else {
      what = lexicon.byPercent(drug.drug(), drug.unit(), rose, figures.drugPercent(drug));
    }
    return ", but " + what + " " + is + " seized";
  }

  /** "nearly 27 times as much cocaine", "68 per cent more cocaine", "73 per cent fewer cannabis plants". */
  private String drugHeadline(DrugComparison drug) {
    if (figures.isMultiple(drug)) {
      return figures.drugMultiple(drug) + " " + lexicon.asMuch(drug.unit()) + " " + lexicon.quantityNoun(drug.drug(), drug.unit());
    }
    // the lede prints the pair as finely as this percentage needs (Figures.pair), so the headline may carry it
    return lexicon.byPercent(drug.drug(), drug.unit(), drug.change().signum() > 0, figures.drugPercent(drug));
  }

  // ---- the lede ----

  /**
   * The first paragraph, its first sentence ending with whose figures these are: "made 2,405 drug
   * seizures in the year to March 2022, down 14 per cent from 2,810 the year before, according to
   * Home Office figures." (wire style: an intro attributes its figures).
   */
  String lede(StoryPlan.Angle angle) {
    String lede = unattributed(angle);
    if (attribution.isEmpty() || angle instanceof StoryPlan.NoReturn) {
      return lede;
    }
    // at the end of the first sentence, so that no figure is parted from its comparison (an editor's read)
    int firstStop = lede.indexOf(". ");
    int end = firstStop < 0 ? lede.length() - 1 : firstStop;
    return lede.substring(0, end) + ", according to " + attribution.get() + lede.substring(end);
  }

  private String unattributed(StoryPlan.Angle angle) {
    if (angle instanceof StoryPlan.NoReturn) {
      String name = names.described();
      return "Figures for " + name + " are not available for " + year.prose() + ", so " + possessive(names.reference())
          + " seizures cannot be compared with the year before.";
    } else if (angle instanceof StoryPlan.FirstYear first) {
      String made = capitalise(names.described()) + " " + made(first.seizures().current()) + " in " + year.prose();
      String place = first.rank() == 1 ? ", " + ranked("more than any other police force", 1, year)
          : first.rank() > 0 ? ", " + ranked("the " + most(first.rank()), first.rank(), year) + " number of any police force" : "";
      return made + place + ". No figures are held for the year before, so there is no comparison.";
    } else if (angle instanceof StoryPlan.CountChange count) {
      return countLede(count.seizures(), count.size()) + "." + count.contrast().map(this::contrastLede).orElse("");
    } else if (angle instanceof StoryPlan.AgainstNational against) {
      boolean fell = against.national().change().getAsLong() < 0;
      // England and Wales is named after the agency's figures, in a sentence of its own, so no figure is read as national
      return countLede(against.seizures(), against.size()) + ". That went against the national trend: seizures "
          + (fell ? "fell" : "rose") + " " + wholes.trendWhere() + ".";
    } else if (angle instanceof StoryPlan.SteadyAgainstNational steady) {
      // the national figures follow at once, in the next paragraph: the lede need not repeat them
      return countLede(steady.seizures(), steady.size()) + ".";
    } else if (angle instanceof StoryPlan.Rank rank) {
      String moved = rank.previousRank() == 0 || rank.previousRank() == rank.rank()
          ? ""
          : ", " + (rank.rank() < rank.previousRank() ? "up" : "down") + " from "
              + ranked(ProseNumbers.ordinal(rank.previousRank()) + " place", rank.previousRank(), year.previous()) + " the year before";
      String place = rank.rank() == 1 ? "That was " + ranked("more than any other police force", 1, year)
          : "That was " + ranked("the " + most(rank.rank()), rank.rank(), year) + " number of any police force";
      return countLede(rank.seizures(), rank.size()) + ". " + place + moved + ".";
    } else if (angle instanceof StoryPlan.OnRecord record) {
      return countLede(record.seizures(), record.size()) + ". That is the " + (record.highest() ? "highest" : "lowest")
          + " of the " + ProseNumbers.words(record.years()) + " years these figures cover.";
    } else if (angle instanceof StoryPlan.LocalDrug local) {
      return drugLede(local.drug()) + local.caveat().map(c -> " " + c).orElse("") + " " + capitalise(names.reference()) + " made "
          + countTail(local.seizures(), Optional.empty(), true) + ".";
    } else if (angle instanceof StoryPlan.NationalAgencyShare share) {
      // the drug's national paragraph is left out (StoryPlanner), so the story tells the drug once, here
      String noun = lexicon.drugNoun(share.local().drug());
      String first = capitalise(names.described()) + " seized " + amountOf(share.local(), figures.alone(share.local())) + " in "
          + year.prose() + ", " + figures.drugShare(share.local(), share.national()) + " of " + wholes.seized(noun) + ".";
      return first + " " + capitalise(names.reference()) + " made " + countTail(share.seizures(), Optional.empty(), true) + ".";
    }
    throw new IllegalArgumentException("no lede for " + angle);
  }

  /** "Kent Police made 4,854 drug seizures in the year to March 2022, down 17 per cent from 5,851 the year before". */
  private String countLede(Change seizures, Optional<VerbalSize> size) {
    long change = seizures.change().getAsLong();
    long previous = seizures.previous().get();
    if (size.isPresent() && size.get().kind() == VerbalSize.Kind.VERB && previous > 0 && seizures.current().get() > 0) {
      // "Thames Valley Police's drug seizures more than halved in the year to March 2022: it made 679, down from 1,608 the year before"
      return capitalise(possessive(names.described())) + " drug seizures " + countSize(size.get().past(), seizures) + " in "
          + year.prose() + ": "
          + (names.agency().isNational() ? names.fullName() : "the force") + " made " + figures.agencyCount(seizures.current(), year)
          + ", " + (change < 0 ? "down" : "up") + " from " + figures.agencyCount(seizures.previous(), year.previous()) + " the year before";
    }
    return capitalise(names.described()) + " " + made(seizures.current()) + " in " + year.prose() + comparison(seizures, size);
  }

  /** "2,405 drug seizures in all, down 14 per cent from 2,810 the year before" (after "made"). */
  private String countTail(Change seizures, Optional<VerbalSize> size, boolean inAll) {
    if (!seizures.current().isAvailable()) {
      return "no return of its seizures";
    }
    String made = made(seizures.current()).substring("made ".length()) + (inAll ? " in all" : "");
    if (!seizures.previous().isAvailable()) {
      return made;
    }
    return made + comparison(seizures, figures.sizes().describe(seizures.percentChange().orElse(java.math.BigDecimal.ZERO)));
  }

  /** The comparison after the count: ", down 17 per cent from 5,851 the year before". */
  private String comparison(Change seizures, Optional<VerbalSize> size) {
    long change = seizures.change().getAsLong();
    long previous = seizures.previous().get();
    if (change == 0) {
      // the figure is the year before's too, and a reader (or check-story) may take it for either
      figures.agencyCount(seizures.previous(), year.previous());
      return ", the same number as the year before";
    }
    if (previous == 0) {
      return ", having made none the year before";
    }
    String before = figures.agencyCount(seizures.previous(), year.previous());
    String direction = change < 0 ? "down" : "up";
    if (size.isPresent()) {
      return switch (size.get().kind()) {
        case STATE -> ", " + countSize(size.get().past(), seizures) + " from " + before + " the year before";
        case FRACTION -> ", " + direction + " by " + countSize(size.get().past(), seizures) + " from " + before
            + " the year before";
        case MULTIPLE -> ", up from " + before + " the year before: "
            + figures.countMultiple(seizures.current().get(), previous) + " as many";
        case VERB -> ", " + direction + " " + figures.percent(seizures.percentChange().get(), names.agency().code()) + " from "
            + before + " the year before";
      };
    }
    return ", " + direction + " " + figures.percent(seizures.percentChange().get(), names.agency().code()) + " from " + before
        + " the year before";
  }

  /**
   * The lede's second sentence after a headline's contrast: " The force seized more cocaine, though:
   * 16.4kg, up from 12.5kg the year before." (the headline carries the change; the pair shows it).
   */
  private String contrastLede(DrugComparison drug) {
    boolean rose = drug.change().signum() > 0;
    java.math.BigDecimal percent = drug.percentChange().orElseThrow();
    // a change a verb tells ("nearly doubled") is told here when the headline has no verb for it
    String verb = figures.sizes().describe(percent).filter(v -> v.kind() == VerbalSize.Kind.VERB && v.presentSingular().isEmpty())
        .map(v -> "; the " + (lexicon.isCounted(drug.unit()) ? "number" : "amount") + " "
            + figures.sized(v.past(), percent, drug.area(), Optional.of(drug.drug())))
        .orElse("");
    return " " + capitalise(names.reference()) + " seized " + lexicon.comparative(drug.drug(), drug.unit(), rose) + ", though: "
        + figures.current(drug) + ", " + (rose ? "up" : "down") + " from " + figures.previous(drug) + " the year before" + verb + ".";
  }

  /** "Cambridgeshire Constabulary seized 34.8kg of cocaine in the year to March 2022, up from 1.3kg the year before: nearly 27 times as much." */
  private String drugLede(DrugComparison drug) {
    boolean rose = drug.change().signum() > 0;
    String head = capitalise(names.described()) + " seized " + amountOf(drug, figures.current(drug)) + " in " + year.prose();
    if (figures.isMultiple(drug)) {
      String before = figures.previous(drug);
      // the pair is printed as finely as the multiple needs (Figures.pair)
      return head + ", up from " + before + " the year before: " + figures.drugMultiple(drug) + " " + lexicon.asMuch(drug.unit()) + ".";
    }
    Optional<VerbalSize> size = figures.pairSize(drug);
    if (size.isPresent()) {
      // "more than doubled" rather than "up 146 per cent", in the words the body tells a drug's change in
      String words = figures.sized(size.get().past(), drug.percentChange().get(), drug.area(), Optional.of(drug.drug()));
      return size.get().kind() == VerbalSize.Kind.STATE
          ? head + ", " + words + " from " + figures.previous(drug) + " the year before."
          : head + ", " + (rose ? "up" : "down") + " from " + figures.previous(drug) + " the year before; "
              + (drug.unit() == Unit.KG ? "the amount " : "the number ") + words + ".";
    }
    return head + ", " + (rose ? "up " : "down ") + figures.drugPercent(drug) + " from " + figures.previous(drug) + " the year before.";
  }

  /** "34.8kg of cocaine", "113,000 doses of LSD", "13,529 cannabis plants". */
  String amountOf(DrugComparison drug, String amount) {
    String noun = lexicon.drugNoun(drug.drug());
    if (drug.unit() == Unit.PLANTS) {
      return amount.endsWith(" plants") ? amount.substring(0, amount.length() - " plants".length()) + " " + noun : amount + " " + noun;
    }
    return amount + " of " + noun;
  }

  /** "makes 679 drug seizures", for a headline. */
  private String makes(Count seizures) {
    return "makes " + seizuresOf(seizures);
  }

  /** "made 679 drug seizures", "made no drug seizures". */
  String made(Count seizures) {
    return "made " + seizuresOf(seizures);
  }

  private String seizuresOf(Count seizures) {
    long value = seizures.get();
    if (value == 0) {
      return "no drug seizures";
    }
    return figures.agencyCount(seizures, year) + " drug " + ProseNumbers.plural(value, "seizure", "seizures");
  }

  /** The agency's place among the forces in a year, in words, recorded as a fact. */
  private String ranked(String words, int rank, FinancialYear of) {
    return figures.rank(words, rank, names.agency().code(), of);
  }

  /** "highest", "second-highest", "third-highest". */
  private static String most(int rank) {
    return rank == 1 ? "highest" : ProseNumbers.ordinal(rank) + "-highest";
  }
}
