package haul.story;

import static haul.story.Names.capitalise;
import static haul.story.Names.join;
import static haul.story.Names.possessive;

import haul.reference.FinancialYear;
import haul.reference.Unit;
import haul.stats.Count;
import haul.stats.Note;
import haul.stats.RegionShare;
import haul.story.prose.ProseNumbers;
import haul.story.prose.VerbalSize;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The body paragraphs after the lede, one per plan section: notes, the national picture beside
 * the agency's own change, each national drug with the local figures against the year before, a
 * notable local drug, and the shares. Reaction is {@link ReactionWords}'. One instance per story.
 *
 * The national picture is {@link NationalParagraph}'s.
 *
 * <p>A little over 350 lines because each section's wording (with its zero, unchanged and
 * multiple cases) sits beside the section it writes; the figures themselves are {@link Figures}'.
 */
final class Paragraphs {

  private final Names names;
  private final Figures figures;
  private final Leads leads;
  private final NationalParagraph national;
  private final Lexicon lexicon;
  private final FinancialYear year;
  /** How the story names totals that lack agencies; set by the national picture, which comes first. */
  private TotalWords totals;
  /** Drugs whose local figures this story has told, so that none is told twice. */
  private final Set<String> toldLocally = new HashSet<>();
  /** The national agencies a "who seized" sentence has named. */
  private final Set<String> toldWhoSeized = new HashSet<>();
  /** Whether a drug sentence has named the place: the next one opens "The force seized", not "In Kent, the force" again. */
  private boolean placeSaid;
  /** The notes whose prose form ({@code story_text}) passed its check, with the facts it states. */
  private Map<Note, NoteProse.Reading> noteProse = Map.of();

  Paragraphs(Names names, Figures figures, Leads leads) {
    this.names = names;
    this.figures = figures;
    this.leads = leads;
    this.national = new NationalParagraph(names, figures);
    this.lexicon = names.lexicon();
    this.year = figures.year();
  }

  /** Marks a drug as told by the lede, so its paragraph tells only the national figures. */
  void toldInLede(StoryPlan.Angle angle) {
    if (angle instanceof StoryPlan.LocalDrug local) {
      toldLocally.add(local.drug().drug());
    } else if (angle instanceof StoryPlan.NationalAgencyShare share) {
      toldLocally.add(share.local().drug());
    } else if (angle instanceof StoryPlan.CountChange count) {
      count.contrast().ifPresent(d -> toldLocally.add(d.drug()));
    }
  }

  /** The notes this story may tell in their prose form: those whose figures {@link NoteProse} found to be facts. */
  void notesInProse(Map<Note, NoteProse.Reading> checked) {
    noteProse = Map.copyOf(checked);
  }

  String paragraph(StoryPlan.Section section) {
    if (section instanceof StoryPlan.AgencyNotes notes) {
      return agencyNotes(notes.notes());
    } else if (section instanceof StoryPlan.NationalPicture picture) {
      return nationalPicture(picture);
    } else if (section instanceof StoryPlan.DrugPair pair) {
      return drugPair(pair);
    } else if (section instanceof StoryPlan.FirstYearDrugs drugs) {
      return firstYearDrugs(drugs);
    } else if (section instanceof StoryPlan.NotableDrug notable) {
      return notable(notable.drug());
    } else if (section instanceof StoryPlan.RegionalShares shares) {
      return regionalShares(shares);
    } else if (section instanceof StoryPlan.DrugSeizures drugs) {
      return new TablesParagraphs(names, figures).drugSeizures(drugs);
    } else if (section instanceof StoryPlan.Standing standing) {
      return new TablesParagraphs(names, figures).standing(standing);
    } else if (section instanceof StoryPlan.ClosingNotes closing) {
      return releaseNotes(closing.notes()).strip();
    } else if (section instanceof StoryPlan.NationalShare share) {
      return capitalise(names.reference()) + " made " + figures.agencyShare(share.share()) + " of " + wholes().seizures() + ".";
    }
    throw new IllegalArgumentException("no paragraph for " + section);
  }

  // ---- notes ----

  private String agencyNotes(List<Note> notes) {
    List<String> sentences = new ArrayList<>();
    for (Note note : notes) {
      String whose = possessive(names.reference()) + " figures";
      String when = note.year().equals(year) ? "" : " for " + note.year().prose();
      sentences.add(inProse(note).orElseGet(() -> capitalise("a note in the release on " + whose + when + " says: " + quoted(note.text()) + ".")));
    }
    return String.join(" ", sentences);
  }

  /**
   * Notes on the whole release, after the national figures they qualify: each in its prose form
   * when it has one that passed its check, else quoted with its attribution.
   */
  private String releaseNotes(List<Note> notes) {
    StringBuilder text = new StringBuilder();
    for (Note note : notes) {
      String on = note.year().equals(year) ? "the whole release" : "the figures for " + note.year().prose();
      text.append(' ').append(inProse(note).orElseGet(() -> "A note on " + on + " says: " + quoted(note.text()) + "."));
    }
    return text.toString();
  }

  /** A note's prose form, printed as its author wrote it, its figures recorded as the facts check-story tied them to. */
  private Optional<String> inProse(Note note) {
    NoteProse.Reading reading = noteProse.get(note);
    if (reading == null || note.storyText().isEmpty()) {
      return Optional.empty();
    }
    reading.facts().forEach(figures::checked);
    String words = note.storyText().get().strip();
    return Optional.of(words.endsWith(".") ? words : words + ".");
  }

  // ---- the national picture ----

  private String nationalPicture(StoryPlan.NationalPicture picture) {
    totals = new TotalWords(CoverageRules.bundled(), picture.coverage(), figures);
    return national.write(picture, totals) + releaseNotes(picture.releaseNotes());
  }

  // ---- drugs ----

  /**
   * A police force's own figure for a drug first, then the national one beside it with who seized most
   * of it: the paragraph is the force's, not a national paragraph every police story opens with (an
   * editor's read). A national agency's story tells the national figure first, then its share of it.
   */
  private String drugPair(StoryPlan.DrugPair pair) {
    boolean toldHere = !toldLocally.contains(pair.local().drug());
    toldLocally.add(pair.local().drug());
    if (pair.withShare()) {
      String nationally = nationalDrug(pair.national(), pair.also());
      return toldHere ? nationally + " " + withShare(pair.local(), pair.national()) : nationally;
    }
    // a force with no figure of its own hears the national one first: "No figure ... is available" opens no paragraph
    boolean localFirst = toldHere && (pair.local().current().isPresent() || noneSeized(pair.local()));
    // after the force's own figure, "also" would read as said of it, not of the national drug before
    boolean alsoNationally = pair.also() && !localFirst;
    String nationally = nationalDrug(pair.national(), alsoNationally) + whoSeized(pair, alsoNationally);
    if (!toldHere) {
      return policeAsAWhole(pair, false) + nationally;
    }
    return localFirst ? local(pair.local()) + " " + policeAsAWhole(pair, true) + nationally : nationally + " " + local(pair.local());
  }

  /**
   * "Police forces as a whole seized 1,689kg of cocaine, up 26 per cent from 1,337kg. ": the figure a force's compares with like for like, told before the national one
   * when Border Force seized most of that ({@link StoryFacts#policeFigureBeside}); nothing when the
   * totals lack agencies, whose police figure is no published total either.
   */
  private String policeAsAWhole(StoryPlan.DrugPair pair, boolean afterForce) {
    if (pair.police().isEmpty() || (totals != null && totals.nationalIsPartial())) {
      return "";
    }
    DrugComparison police = pair.police().get();
    // after the force's own sentence, which said "the year before", said again it reads as a template
    return "Police forces as a whole seized " + leads.amountOf(police, figures.current(police)) + ", "
        + against(police, afterForce ? "" : " the year before") + ". ";
  }

  /**
   * " Border Force seized 91 per cent of it.": the national agencies that seized most of a national
   * figure a police story tells ({@code rules.json} "who_seized"); nothing when the figure is told
   * over the agencies with both years, whose whole is no published total.
   */
  private String whoSeized(StoryPlan.DrugPair pair, boolean alsoSaid) {
    if (pair.seizedMostlyBy().isEmpty() || (totals != null && totals.nationalIsPartial())) {
      return "";
    }
    String pronoun = pair.national().unit() == Unit.KG ? "it" : "them";
    StringBuilder text = new StringBuilder();
    for (StoryPlan.AgencyDrug by : pair.seizedMostlyBy()) {
      // the second drug an agency seized most of says so: the same sentence twice reads as a template
      // ... but not after "more ketamine was also seized": two "also"s in a row read as a stutter (an editor's read)
      boolean again = !toldWhoSeized.add(by.agency().code()) && !alsoSaid;
      text.append(' ').append(lexicon.agencyName(by.agency())).append(again ? " also seized " : " seized ")
          .append(figures.drugShare(by.drug(), pair.national())).append(" of ").append(pronoun).append('.');
    }
    return text.toString();
  }

  /**
   * A national drug against the year before. When the totals lack agencies its change is told over the
   * agencies that hold it in both years ({@link TotalWords#nationalDrug}), named as such: "Nationally,
   * over the agencies with figures for both years, more cocaine was seized: 4,150kg, up 24 per cent
   * from 3,350kg the year before."
   */
  private String nationalDrug(DrugComparison given, boolean also) {
    Optional<String> over = totals == null ? Optional.empty() : totals.nationalDrugHead(true);
    DrugComparison drug = totals == null ? given : totals.nationalDrug(given);
    if (!drug.isComparable()) {
      drug = given; // no year to compare over the same agencies: this year's amount as the tables give it
    }
    String noun = lexicon.drugNoun(drug.drug());
    String was = lexicon.was(drug.drug(), drug.unit());
    if (!drug.isComparable()) {
      Optional<String> inTables = totals == null ? Optional.empty() : totals.nationalDrugHead(false);
      DrugComparison amount = drug;
      return drug.current().filter(q -> q.signum() > 0)
          .map(q -> inTables.orElse("Across England and Wales, ") + leads.amountOf(amount, figures.quantity(amount, q, year)) + " " + was
              + " seized in " + year.prose() + ".")
          .orElse("No figure for " + noun + (inTables.isPresent() ? " in these tables" : " across England and Wales") + " is available for "
              + year.prose() + ".");
    }
    if (drug.change().signum() == 0) {
      String amount = drug.current().get().signum() == 0 ? "none" : figures.current(drug);
      return over.map(h -> h + "the amount of " + noun + " seized was unchanged at " + amount + ".")
          .orElse("The amount of " + noun + " seized across England and Wales was unchanged at " + amount + ".");
    }
    if (drug.previous().get().signum() == 0 || drug.current().get().signum() == 0) {
      return over.orElse("Across England and Wales, ") + fromOrToNothing(drug) + ".";
    }
    boolean rose = drug.change().signum() > 0;
    String comparative = lexicon.comparative(drug.drug(), drug.unit(), rose);
    // the national figure against the year before in the same words as a local one ("more than doubled", a multiple)
    if (over.isPresent()) {
      return over.get() + comparative + " " + lexicon.comparativeWas(drug.unit()) + (also ? " also" : "") + " seized: "
          + figures.current(drug) + ", " + against(drug) + ".";
    }
    // "Across England and Wales" first: after a force's own figure, "More cocaine was seized" reads as more than the force's
    return "Across England and Wales, " + comparative + " " + lexicon.comparativeWas(drug.unit()) + (also ? " also" : "") + " seized: "
        + figures.current(drug) + ", " + against(drug) + ".";
  }

  /** The agency's figure for a drug against the year before: "In Kent, the force seized 51.6kg of cocaine, up 12 per cent from 46kg the year before." */
  private String local(DrugComparison drug) {
    String noun = lexicon.drugNoun(drug.drug());
    String was = lexicon.was(drug.drug(), drug.unit());
    String in = names.inArea() + ", ";
    if (drug.current().isEmpty()) {
      return noneSeized(drug)
          ? in + figures.nothing(drug, noun) + " " + was + " seized."
          : "No figure for " + noun + " is available for " + names.areaOrForce() + ".";
    }
    BigDecimal value = drug.current().get();
    if (value.signum() == 0) {
      Count seizures = drug.seizures();
      if (seizures.isAvailable() && seizures.get() > 0) {
        return in + figures.drugCount(drug, seizures) + " " + ProseNumbers.plural(seizures.get(), "seizure", "seizures") + " of " + noun
            + " recorded no quantity.";
      }
      String none = in + figures.nothing(drug, noun) + " " + was + " seized";
      if (drug.previous().filter(p -> p.signum() > 0).isPresent()) {
        // "no ketamine was seized, down from 0.1kg the year before": the drug is named once
        return none + ", down from " + figures.previous(drug) + " the year before.";
      }
      if (drug.previous().isPresent()) {
        figures.nothingBefore(drug, noun); // "no ketamine" is the year before's figure too
        return none + ", as in the year before.";
      }
      return none + ".";
    }
    // "In Kent, the force seized" opening two paragraphs running reads as a form (an editor's read)
    String seized = (placeSaid ? capitalise(names.reference()) : names.inAreaThe()) + " seized " + leads.amountOf(drug, figures.current(drug));
    placeSaid = true;
    if (drug.previous().isEmpty()) {
      return seized + " in " + year.prose() + ".";
    }
    if (drug.previous().get().signum() == 0) {
      return seized + " in " + year.prose() + ", against none the year before.";
    }
    return seized + ", " + against(drug) + ".";
  }

  /** "up 12 per cent from 46kg the year before", "up from 1.3kg the year before, nearly 27 times as much", "the same as the year before". */
  private String against(DrugComparison drug) {
    return against(drug, " the year before");
  }

  /** {@code yearBefore} after the year before's figure: " the year before", or nothing where the sentence before said so. */
  private String against(DrugComparison drug, String yearBefore) {
    int sign = drug.change().signum();
    if (sign == 0) {
      return "the same as the year before";
    }
    if (written(drug, drug.current().get()).equals(written(drug, drug.previous().get()))) {
      // "down 6 per cent from 0.3kg" would tell no visible change as one; the figure is the year before's too
      figures.previous(drug);
      return "about the same as the year before";
    }
    if (sign > 0 && figures.isMultiple(drug)) {
      // "2.5kg, up from 0.2kg ... nearly 11 times as much" would contradict the printed figures: no multiple then
      return "up from " + figures.previous(drug) + yearBefore
          + (figures.multipleShows(drug) ? ", " + figures.drugMultiple(drug) + " " + lexicon.asMuch(drug.unit()) : "");
    }
    Optional<VerbalSize> size = figures.sizes().describe(drug.percentChange().get())
        .filter(s -> s.kind() == VerbalSize.Kind.VERB || s.kind() == VerbalSize.Kind.STATE);
    if (size.isPresent()) {
      String what = drug.unit() == Unit.KG ? "the amount" : "the number";
      String words = figures.sized(size.get().past(), drug.percentChange().get(), drug.area(), Optional.of(drug.drug()));
      return size.get().kind() == VerbalSize.Kind.STATE
          ? words + " from " + figures.previous(drug) + yearBefore
          : (sign > 0 ? "up" : "down") + " from " + figures.previous(drug) + yearBefore + "; " + what + " " + words; // a colon may already open the sentence
    }
    if (!figures.percentShows(drug)) {
      // "0.2kg, down 42 per cent from 0.3kg": the printed figures show a third, so no percentage is told
      return (sign > 0 ? "up" : "down") + " from " + figures.previous(drug) + yearBefore;
    }
    return (sign > 0 ? "up " : "down ") + figures.drugPercent(drug) + " from " + figures.previous(drug) + yearBefore;
  }

  /**
   * A national agency's figure for a drug against the year before, with its share: "Border Force seized
   * over 17,000kg of cocaine, up 74 per cent from 9,804kg the year before. That was 91 per cent of all
   * cocaine seized in England and Wales."
   */
  private String withShare(DrugComparison local, DrugComparison national) {
    String noun = lexicon.drugNoun(local.drug());
    if (local.current().isEmpty()) {
      return noneSeized(local) ? capitalise(names.reference()) + " seized " + figures.nothing(local, noun) + "."
          : "No figure for " + noun + " is available for " + names.fullName() + ".";
    }
    if (local.current().get().signum() == 0) {
      return capitalise(names.reference()) + " seized " + figures.nothing(local, noun) + ".";
    }
    // its own figure against the year before, as a force's is: the share alone hid a rise of 60 times (an editor's read)
    boolean paired = local.isComparable() && local.previous().get().signum() > 0;
    String seized = capitalise(names.reference()) + " seized "
        + leads.amountOf(local, paired ? figures.current(local) : figures.alone(local)) + (paired ? ", " + against(local) : "");
    if (national.current().filter(t -> t.signum() > 0).isEmpty()) {
      return seized + ".";
    }
    return seized + ". That was " + figures.drugShare(local, national) + " of " + wholes().seized(noun) + ".";
  }

  private String firstYearDrugs(StoryPlan.FirstYearDrugs drugs) {
    List<String> sentences = new ArrayList<>();
    if (!drugs.national().isEmpty()) {
      List<String> amounts = drugs.national().stream().map(d -> leads.amountOf(d, figures.current(d))).toList();
      sentences.add("The largest " + (amounts.size() == 1 ? "quantity" : "quantities") + " seized across England and Wales "
          + (amounts.size() == 1 ? "was " : "were ") + join(amounts) + ".");
    }
    if (!drugs.local().isEmpty()) {
      List<String> amounts = drugs.local().stream().map(d -> leads.amountOf(d, figures.current(d))).toList();
      sentences.add(names.inAreaThe() + " seized " + join(amounts) + ".");
    } else {
      sentences.add("No drug quantities are recorded for " + names.areaOrForce() + ".");
    }
    drugs.mostOften().ifPresent(d -> sentences.add(capitalise(lexicon.drugNoun(d.drug())) + " was the drug it seized most often, in "
        + figures.drugCount(d, d.seizures()) + " " + ProseNumbers.plural(d.seizures().get(), "seizure", "seizures") + "."));
    return String.join(" ", sentences);
  }

  /**
   * "The force seized more herbal cannabis: 136kg, up 8 per cent from 126kg the year before." Without
   * "also": after a drug that fell, "also seized more" reads as a second rise (an editor's read).
   */
  private String notable(DrugComparison drug) {
    toldLocally.add(drug.drug());
    if (drug.previous().get().signum() == 0 || drug.current().get().signum() == 0) {
      return names.inArea() + ", " + fromOrToNothing(drug) + ".";
    }
    boolean rose = drug.change().signum() > 0;
    String head = capitalise(names.reference()) + " seized " + lexicon.comparative(drug.drug(), drug.unit(), rose)
        + ": " + figures.current(drug) + ", ";
    return head + against(drug) + ".";
  }

  /**
   * A change from or to nothing, where a percentage means nothing: "0.4kg of mephedrone was seized,
   * where none was seized the year before" or "no mephedrone was seized, down from 0.4kg the year before".
   */
  private String fromOrToNothing(DrugComparison drug) {
    String noun = lexicon.drugNoun(drug.drug());
    String was = " " + lexicon.was(drug.drug(), drug.unit());
    if (drug.current().get().signum() == 0) {
      return figures.nothing(drug, noun) + was + " seized, down from " + figures.previous(drug) + " the year before";
    }
    return leads.amountOf(drug, figures.current(drug)) + was + " seized, where none" + was + " seized the year before";
  }

  // ---- shares ----

  private String regionalShares(StoryPlan.RegionalShares shares) {
    StringBuilder text = new StringBuilder();
    String region = names.agency().region().orElseThrow();
    int ownPlace = 0;
    for (int i = 0; i < shares.largest().size(); i++) {
      if (shares.largest().get(i).region().name().equals(region)) {
        ownPlace = i + 1;
      }
    }
    if (ownPlace > 0) {
      RegionShare own = shares.largest().get(ownPlace - 1);
      List<String> others = new ArrayList<>();
      for (RegionShare s : shares.largest()) {
        if (s != own) {
          others.add(lexicon.region(s.region().name()) + " (" + figures.regionShare(s) + ")");
        }
      }
      text.append("Police forces in ").append(ownRegion(own)).append(includes(own)).append(" made ")
          .append(figures.regionShare(own)).append(" of ").append(wholes().seizures()).append(", ");
      String code = own.region().code();
      if (ownPlace == 1) {
        text.append(figures.rank("the largest", 1, code, year)).append(" share of any region")
            .append(others.isEmpty() ? "" : ", ahead of " + join(others)).append('.');
      } else {
        text.append(figures.rank("the " + ProseNumbers.ordinal(ownPlace) + "-largest", ownPlace, code, year)).append(" share after ")
            .append(join(others)).append('.');
      }
    } else {
      shares.own().ifPresent(own -> text.append("Police forces in ").append(ownRegion(own)).append(includes(own))
          .append(" made ").append(figures.regionShare(own)).append(" of ").append(wholes().seizures()).append(". "));
      List<String> named = shares.largest().stream().map(s -> lexicon.region(s.region().name()) + " (" + figures.regionShare(s) + ")").toList();
      // after the own region's share "of all seizures in England and Wales", said again it is a form's repetition
      String of = shares.own().isPresent() ? "" : " of " + wholes().seizures();
      String verb = (named.size() == 1 ? "share" : "shares") + of + (named.size() == 1 ? " was" : " were");
      text.append("The largest ").append(verb).append(" made by police forces in ").append(join(named)).append('.');
    }
    for (AgencyShare national : shares.nationalAgencies()) {
      text.append(' ').append(national.agency().fullName()).append(" made ").append(figures.agencyShare(national)).append(" of all seizures.");
    }
    if (totals != null) {
      // a region's share without one of its forces is not the region's: say which force it lacks
      List<java.util.Map.Entry<String, String>> named = new ArrayList<>();
      shares.own().ifPresent(s -> named.add(java.util.Map.entry(s.region().name(), lexicon.region(s.region().name()))));
      shares.largest().forEach(s -> named.add(java.util.Map.entry(s.region().name(), lexicon.region(s.region().name()))));
      String missing = totals.regionsMissing(named);
      text.append(missing.isEmpty() ? "" : " " + missing);
    }
    return text.toString();
  }

  /**
   * The agency's own region, named "the West Midlands region" where the area bears the region's name:
   * "Police forces in the West Midlands made 8 per cent" reads as the force's own share (an editor's read).
   */
  private String ownRegion(RegionShare region) {
    String name = lexicon.region(region.region().name());
    return name.equalsIgnoreCase(names.area()) ? name + " region" : name;
  }

  /** ", which includes the Thames Valley,": only when the area is a place and differs from the region's name. */
  private String includes(RegionShare region) {
    String name = lexicon.region(region.region().name());
    return name.equalsIgnoreCase(names.area()) || !names.areaIsAPlace() ? "" : ", which includes " + names.area() + ",";
  }

  /** What the shares are of ({@link ShareWholes}); England and Wales's seizures before the national picture has set the totals. */
  private ShareWholes wholes() {
    return totals == null ? new ShareWholes(false, CoverageRules.bundled()) : totals.wholes();
  }

  // ---- words ----

  private static String written(DrugComparison drug, BigDecimal value) {
    return switch (drug.unit()) {
      case KG -> ProseNumbers.kilograms(value);
      case DOSES -> ProseNumbers.doses(value);
      case PLANTS -> ProseNumbers.plants(value);
    };
  }

  /** No seizures of the drug at all, whatever the quantity column holds. */
  private static boolean noneSeized(DrugComparison drug) {
    return drug.seizures().isAvailable() && drug.seizures().get() == 0;
  }

  static String quoted(String text) {
    String words = text.strip();
    if (words.endsWith(".")) {
      words = words.substring(0, words.length() - 1);
    }
    return "\"" + words + "\"";
  }
}
