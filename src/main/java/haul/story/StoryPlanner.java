package haul.story;

import haul.stats.Change;
import haul.stats.Comparison;
import haul.stats.Note;
import haul.stats.RegionShare;
import haul.story.prose.ProseNumbers;
import haul.story.prose.VerbalSizes;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The plan stage: the angle that leads (by {@link AnglePicker}), then which of the gathered facts
 * the story tells, in which paragraph, and the reaction within its budget.
 */
final class StoryPlanner {

  /** Text of a reported statement outside the speaker's own (double-quoted) words. */
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|\u201c[^\u201d]*\u201d");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  /** How many of the largest drugs a first-year story names, nationally and locally. */
  private static final int FIRST_YEAR_DRUGS = 3;

  private final StoryRules rules;
  private final VerbalSizes sizes;

  StoryPlanner(StoryRules rules) {
    this(rules, VerbalSizes.bundled());
  }

  StoryPlanner(StoryRules rules, VerbalSizes sizes) {
    this.rules = rules;
    this.sizes = sizes;
  }

  StoryPlan plan(StoryFacts facts, Optional<QuoteBank> quotes) {
    List<StoryPlan.Section> sections = new ArrayList<>();
    List<StoryPlan.Warning> warnings = new ArrayList<>();
    Change seizures = facts.seizures();
    StoryPlan.Angle angle = new AnglePicker(rules, sizes).pick(facts);

    sections.add(new StoryPlan.Lede(angle));
    if (!facts.agencyNotes().isEmpty()) {
      sections.add(new StoryPlan.AgencyNotes(facts.agencyNotes()));
    }
    List<Note> releaseNotes = new ArrayList<>(facts.releaseNotes());
    if (seizures.change().isPresent()) {
      releaseNotes.addAll(facts.previousReleaseNotes()); // the year compared with has notes of its own
    }
    List<Note> beside = new ArrayList<>();
    List<Note> closing = new ArrayList<>();
    for (Note note : releaseNotes) {
      Optional<StoryRules.NotePlacement> rule = rules.notes().placement(note, facts.year());
      if (rule.filter(r -> r.unlessTheAgencyNoteTellsIt() && toldByAgencyNote(note, facts)).isPresent()) {
        continue; // the agency's own note on the year tells it
      }
      if (rule.filter(r -> r.onlyWhereItNamesTheAgency() && namesOthersOnly(note, facts)).isPresent()) {
        continue; // a note on some agencies' figures is news to their readers only
      }
      (rule.map(StoryRules.NotePlacement::where).orElse(StoryRules.NotePlace.NATIONAL_COMPARISON) == StoryRules.NotePlace.CLOSING
          ? closing : beside).add(note);
    }
    sections.add(new StoryPlan.NationalPicture(facts.national(), seizures, beside, facts.coverage()));

    List<DrugComparison> chosen = facts.nationalDrugsTold(rules.nationalDrugs().tellAtMost());
    List<DrugComparison> told = new ArrayList<>();
    if (angle instanceof StoryPlan.LocalDrug local) {
      told.add(local.drug());
    }
    if (!chosen.isEmpty() && facts.hasReturn()) {
      int previousSign = 0;
      for (DrugComparison national : chosen) {
        if (angle instanceof StoryPlan.NationalAgencyShare share && share.national().drug().equals(national.drug())) {
          continue; // the lede told the drug with its national total: it is named once
        }
        DrugComparison local = facts.localDrug(national.drug()).orElseGet(() -> notAvailable(facts.agency().code(), national));
        int sign = national.isComparable() ? national.change().signum() : 0;
        List<StoryPlan.AgencyDrug> mostlyBy = facts.seizedMostlyBy(national, rules.nationalDrugs().whoSeizedFrom());
        sections.add(new StoryPlan.DrugPair(national, local, facts.toldAsShare(national, rules.nationalDrugs().whoSeizedFrom()),
            sign != 0 && sign == previousSign,
            mostlyBy, facts.policeFigureBeside(national, mostlyBy)));
        previousSign = sign;
        told.add(local);
      }
      Optional<DrugComparison> heldBack = new AnglePicker(rules, sizes).heldBack(facts)
          .filter(d -> told.stream().noneMatch(t -> t.drug().equals(d.drug())));
      if (heldBack.isPresent()) {
        // the haul that would have led but for its warning is the story's notable drug
        sections.add(new StoryPlan.NotableDrug(heldBack.get()));
        told.add(heldBack.get());
      } else if (!facts.agency().isNational()) {
        List<String> toldDrugs = told.stream().map(DrugComparison::drug).toList();
        StoryFacts.score(facts.localDrugs().stream().filter(c -> !toldDrugs.contains(c.drug())).toList(), rules.localDrugs().rules())
            .stream()
            .filter(c -> c.score() > 0)
            .filter(c -> rules.localDrugs().apartFromNational(c.comparison(), facts.nationalDrugs().stream()
                .map(DrugCandidate::comparison).filter(n -> n.drug().equals(c.comparison().drug())).findFirst()))
            // between a rise and a fall of one score, the larger swing either way (in doublings)
            .sorted(Comparator.comparingInt(DrugCandidate::score).reversed()
                .thenComparing(c -> -Math.abs(c.comparison().doublings())))
            .limit(rules.localDrugs().tellAtMost())
            .map(DrugCandidate::comparison)
            .forEach(d -> {
              sections.add(new StoryPlan.NotableDrug(d));
              told.add(d);
            });
      }
    } else if (facts.hasReturn()) {
      sections.add(new StoryPlan.FirstYearDrugs(largest(facts.nationalDrugs().stream().map(DrugCandidate::comparison).toList()),
          largest(facts.localDrugs()),
          facts.localDrugs().stream().filter(d -> d.seizures().isAvailable() && d.seizures().get() > 0)
              .max(Comparator.comparingLong((DrugComparison d) -> d.seizures().get()))));
    }

    if (facts.agency().isNational()) {
      facts.nationalAgencies().stream()
          .filter(s -> s.agency().equals(facts.agency()) && s.percent().isPresent())
          .findFirst()
          .ifPresent(s -> sections.add(new StoryPlan.NationalShare(s)));
    } else if (!facts.shares().isEmpty()) {
      List<RegionShare> largest = facts.shares().stream().limit(rules.regions().largest()).toList();
      String region = facts.agency().region().orElseThrow();
      Optional<RegionShare> own =
          largest.stream().anyMatch(s -> s.region().name().equals(region))
              ? Optional.empty()
              : facts.shares().stream().filter(s -> s.region().name().equals(region)).findFirst();
      List<AgencyShare> national =
          facts.nationalAgencies().stream()
              .filter(s -> s.percent().map(p -> p.compareTo(rules.regions().nationalAgencyMinShare()) >= 0).orElse(false))
              .toList();
      sections.add(new StoryPlan.RegionalShares(largest, own, national));
    }

    quotes.ifPresent(bank -> planReaction(bank, facts, angle, sections, warnings));
    if (!closing.isEmpty() && facts.hasReturn()) {
      sections.add(new StoryPlan.ClosingNotes(closing));
    }

    if (!facts.hasReturn()) {
      warnings.add(0, new StoryPlan.MissingReturn());
    } else if (!seizures.previous().isAvailable()) {
      warnings.add(0, new StoryPlan.NoPreviousYear());
    } else if (isArtefact(seizures)) {
      warnings.add(0, new StoryPlan.CountArtefact(seizures));
    }
    if (angle instanceof StoryPlan.CountChange count && seizures.percentChange().map(sizes::isAlmostUnchanged).orElse(false)
        && seizures.change().getAsLong() != 0) {
      warnings.add(new StoryPlan.HeadlineOnNoChange(count.seizures()));
    }
    chosen.forEach(d -> swing(d).ifPresent(warnings::add));
    told.stream().filter(d -> chosen.stream().noneMatch(c -> c.area().equals(d.area()) && c.drug().equals(d.drug())))
        .forEach(d -> swing(d).ifPresent(warnings::add));
    facts.agencyNotes().forEach(n -> warnings.add(new StoryPlan.NoteApplies(n)));
    if (facts.hasReturn() && facts.coverage().national().filter(Comparison::lacksAgencies).isPresent()) {
      warnings.add(new StoryPlan.TotalsLackAgencies(facts.coverage()));
    }
    // the lede's drug and its drug paragraph are one figure: warn about it once
    return new StoryPlan(facts.agency(), facts.year(), angle, sections, List.copyOf(new LinkedHashSet<>(warnings)));
  }

  /**
   * Whether a note on the whole release is told already by the story's note on its agency: the
   * story tells a note on the agency for the same year, and the release's note names the agency
   * (its short name, as a word, in the note's text or story text).
   */
  /** Whether a note names agencies, and not the story's own. */
  private static boolean namesOthersOnly(Note note, StoryFacts facts) {
    List<haul.reference.Agency> named = haul.reference.ReferenceData.bundled().agencies().all().stream()
        .filter(a -> names(note, a)).toList();
    return !named.isEmpty() && !named.contains(facts.agency());
  }

  private static boolean names(Note note, haul.reference.Agency agency) {
    Pattern name = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(agency.shortName()) + "(?![\\p{L}])");
    return name.matcher(note.text()).find() || note.storyText().map(t -> name.matcher(t).find()).orElse(false);
  }

  private static boolean toldByAgencyNote(Note note, StoryFacts facts) {
    if (facts.agencyNotes().stream().noneMatch(n -> n.year().equals(note.year()))) {
      return false;
    }
    return names(note, facts.agency());
  }

  /** The plan without one of its optional parts (a name of {@code rules.json} "length"), for a story that runs long. */
  static StoryPlan without(StoryPlan plan, String part) {
    List<StoryPlan.Section> sections = new ArrayList<>();
    for (StoryPlan.Section section : plan.sections()) {
      if (part.equals("notable_drug") && section instanceof StoryPlan.NotableDrug) {
        continue;
      }
      if (part.equals("national_agency_shares") && section instanceof StoryPlan.RegionalShares shares) {
        sections.add(new StoryPlan.RegionalShares(shares.largest(), shares.own(), List.of()));
      } else if (part.equals("previous_release_notes") && section instanceof StoryPlan.NationalPicture picture) {
        List<Note> current = picture.releaseNotes().stream().filter(n -> n.year().equals(plan.year())).toList();
        sections.add(new StoryPlan.NationalPicture(picture.national(), picture.local(), current, picture.coverage()));
      } else {
        sections.add(section);
      }
    }
    return new StoryPlan(plan.agency(), plan.year(), plan.angle(), sections, plan.warnings());
  }

  private void planReaction(QuoteBank bank, StoryFacts facts, StoryPlan.Angle angle, List<StoryPlan.Section> sections,
      List<StoryPlan.Warning> warnings) {
    if (bank.release().isPresent() && !bank.release().get().equals(facts.year().label())) {
      warnings.add(new StoryPlan.QuotesForAnotherRelease(bank.release().get()));
      return;
    }
    ReactionPicker.Chosen chosen = new ReactionPicker(rules.reaction()).choose(bank, ReactionPicker.Story.of(facts.agency(), angle, ReactionPicker.drugsTold(sections)));
    if (chosen.reaction().paragraphs() > 0) {
      sections.add(chosen.reaction());
    }
    for (QuoteBank.ReportedStatement statement : chosen.reaction().statements()) {
      if (DIGIT.matcher(QUOTED.matcher(statement.text()).replaceAll("")).find()) {
        warnings.add(new StoryPlan.FigureInReportedStatement(statement));
      }
    }
    if (chosen.leftOut() > 0) {
      warnings.add(new StoryPlan.ReactionLeftOut(chosen.leftOut(), chosen.budget()));
    }
  }

  /** A quantity told that at least tripled or fell to a third or less, and is large enough to matter. */
  private Optional<StoryPlan.Warning> swing(DrugComparison drug) {
    return rules.warnings().swung(drug) ? Optional.of(new StoryPlan.QuantitySwing(drug)) : Optional.empty();
  }

  /** The drugs with the largest quantities this year, in kg only (units are never compared), largest first. */
  private static List<DrugComparison> largest(List<DrugComparison> drugs) {
    return drugs.stream()
        .filter(d -> d.unit() == haul.reference.Unit.KG && d.current().filter(v -> v.signum() > 0).isPresent())
        .sorted(Comparator.comparing((DrugComparison d) -> d.current().get()).reversed())
        .limit(FIRST_YEAR_DRUGS)
        .toList();
  }

  /** A count that more than halved, or at least doubled (from 0 to anything counts as doubling). */
  private boolean isArtefact(Change seizures) {
    long previous = seizures.previous().get();
    long current = seizures.current().get();
    if (previous == 0) {
      return current > 0;
    }
    BigDecimal ratio = BigDecimal.valueOf(current).divide(BigDecimal.valueOf(previous), MathContext.DECIMAL64);
    return ratio.compareTo(rules.warnings().countRatioBelow()) < 0 || ratio.compareTo(rules.warnings().countRatioFrom()) >= 0;
  }

  private static DrugComparison notAvailable(String area, DrugComparison national) {
    return new DrugComparison(
        area, national.drug(), national.drugClass(), national.unit(), Optional.empty(), Optional.empty(), haul.stats.Count.notAvailable());
  }
}
