package haul.story;

import haul.stats.AreaYear;
import haul.stats.Count;
import haul.stats.DrugFigures;
import haul.stats.Release;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The parts a story adds when it runs short of {@code tables.json}'s length ("fill_in_order"), as
 * stories from published tables do: the drugs the agency seized most often, and its standing (its
 * place among the forces in the table and its trend over the years held). Each part is added once,
 * only with figures the story has not told, before the shares and the reaction.
 */
final class TablesContent {

  private final TablesRules rules;
  private final StoryRules storyRules;

  TablesContent(TablesRules rules, StoryRules storyRules) {
    this.rules = rules;
    this.storyRules = storyRules;
  }

  /** The plan with one more part (a name of "fill_in_order"); the plan itself when the part has nothing to tell. */
  StoryPlan with(StoryPlan plan, String part, StoryFacts facts, Release release) {
    Optional<StoryPlan.Section> section = switch (part) {
      case "drug_seizures" -> drugSeizures(facts, release);
      case "standing" -> standing(plan.angle(), facts);
      case "more_drugs" -> moreDrugs(plan, facts);
      case "local_quantity" -> localQuantity(plan, facts, storyRules);
      default -> throw new IllegalArgumentException("tables.json: fill_in_order names no part " + part);
    };
    if (section.isEmpty() || !facts.hasReturn()) {
      return plan;
    }
    List<StoryPlan.Section> sections = new ArrayList<>(plan.sections());
    int at = part.equals("standing") ? after(sections, StoryPlan.NationalPicture.class)
        : part.equals("more_drugs") ? lastDrugPair(sections) : beforeShares(sections);
    if (part.equals("local_quantity") && at > 0 && sections.get(at - 1) instanceof StoryPlan.DrugSeizures) {
      at--; // the force's own quantities before its seizures by drug, as the drug paragraphs run
    }
    sections.add(at, section.get());
    return new StoryPlan(plan.agency(), plan.year(), plan.angle(), sections, plan.warnings());
  }

  /** The named drugs and named groups ("other" rows name no drug) the agency seized most often this year, the most first. */
  private Optional<StoryPlan.Section> drugSeizures(StoryFacts facts, Release release) {
    String code = facts.agency().code();
    Optional<AreaYear> now = release.current(code);
    Optional<AreaYear> before = release.previous(code);
    List<DrugCount> drugs = now.map(AreaYear::drugs).orElse(List.of()).stream()
        .filter(d -> d.quantity().isPresent() || rules.drugSeizures().groupNouns().containsKey(d.drug()))
        .filter(d -> d.seizures().isAvailable() && d.seizures().get() > 0)
        .sorted(Comparator.comparingLong((DrugFigures d) -> d.seizures().get()).reversed())
        .limit(rules.drugSeizures().tellAtMost())
        .map(d -> new DrugCount(code, d.drug(), d.seizures(),
            before.flatMap(p -> p.drug(d.drug())).map(DrugFigures::seizures).orElse(Count.notAvailable())))
        .toList();
    return drugs.isEmpty() ? Optional.empty() : Optional.of(new StoryPlan.DrugSeizures(drugs));
  }

  /**
   * The next national drug the national rules chose (a score above 0) that the story has not told,
   * with the agency's own figure for it, as the drug paragraphs tell them.
   */
  private Optional<StoryPlan.Section> moreDrugs(StoryPlan plan, StoryFacts facts) {
    List<String> told = told(plan);
    return facts.nationalDrugs().stream().filter(c -> c.score() > 0 && !told.contains(c.comparison().drug())).findFirst()
        .map(DrugCandidate::comparison)
        .map(national -> {
          List<StoryPlan.AgencyDrug> mostlyBy = facts.seizedMostlyBy(national, storyRules.nationalDrugs().whoSeizedFrom());
          DrugComparison local = facts.localDrug(national.drug()).orElseGet(() -> new DrugComparison(facts.agency().code(),
              national.drug(), national.drugClass(), national.unit(), Optional.empty(), Optional.empty(), Count.notAvailable()));
          return new StoryPlan.DrugPair(national, local, facts.toldAsShare(national, storyRules.nationalDrugs().whoSeizedFrom()), false, mostlyBy,
              facts.policeFigureBeside(national, mostlyBy));
        });
  }

  /**
   * The agency's own drug whose quantity moved the most against the year before (in doublings either
   * way), among those not told, held in both years at the size a swing warning needs at least
   * ({@code rules.json} "warnings"), so that no table oddity of a few grams is told.
   */
  private Optional<StoryPlan.Section> localQuantity(StoryPlan plan, StoryFacts facts, StoryRules storyRules) {
    List<String> told = told(plan);
    return facts.localDrugs().stream()
        .filter(d -> !told.contains(d.drug()) && d.isComparable() && d.current().get().signum() > 0
            && d.change().signum() != 0 && d.previous().get().min(d.current().get()).compareTo(storyRules.warnings().quantityMin(d.unit())) >= 0)
        .max(Comparator.comparingDouble(d -> Math.abs(d.doublings())))
        .map(StoryPlan.NotableDrug::new);
  }

  /** The drugs the plan tells locally or nationally. */
  private static List<String> told(StoryPlan plan) {
    List<String> told = new ArrayList<>();
    for (StoryPlan.Section section : plan.sections()) {
      if (section instanceof StoryPlan.DrugPair pair) {
        told.add(pair.national().drug());
      } else if (section instanceof StoryPlan.NotableDrug notable) {
        told.add(notable.drug().drug());
      }
    }
    if (plan.angle() instanceof StoryPlan.LocalDrug local) {
      told.add(local.drug().drug());
    } else if (plan.angle() instanceof StoryPlan.NationalAgencyShare share) {
      told.add(share.local().drug());
    }
    return told;
  }

  /** The agency's place among the forces and its trend, leaving out what the angle told. */
  private Optional<StoryPlan.Section> standing(StoryPlan.Angle angle, StoryFacts facts) {
    boolean rankTold = angle instanceof StoryPlan.Rank || angle instanceof StoryPlan.FirstYear first && first.rank() > 0;
    int rank = !rankTold && facts.ranked() >= rules.standing().minRanked() ? facts.rank() : 0;
    Optional<Trend> trend = trend(facts.history()).filter(t -> t.years() >= rules.standing().minYears());
    if (angle instanceof StoryPlan.OnRecord) {
      trend = trend.map(t -> new Trend(t.run(), t.rising(), t.years(), false, false)); // the lede told the record
    }
    trend = trend.filter(t -> t.run() >= 2 || t.highest() || t.lowest());
    if (rank == 0 && trend.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new StoryPlan.Standing(rank, rank == 0 ? 0 : facts.previousRank(), facts.ranked(), trend));
  }

  /** The run of rises or falls ending this year (over consecutive years held) and this year's place among them. */
  static Optional<Trend> trend(List<StoryFacts.YearCount> history) {
    if (history.isEmpty()) {
      return Optional.empty();
    }
    int last = history.size() - 1;
    long now = history.get(last).seizures();
    int run = 0;
    int direction = 0;
    for (int i = last; i > 0; i--) {
      StoryFacts.YearCount year = history.get(i);
      StoryFacts.YearCount before = history.get(i - 1);
      int sign = Long.compare(year.seizures(), before.seizures());
      if (!before.year().equals(year.year().previous()) || sign == 0 || direction != 0 && sign != direction) {
        break;
      }
      direction = sign;
      run++;
    }
    List<StoryFacts.YearCount> others = history.subList(0, last);
    boolean highest = !others.isEmpty() && others.stream().allMatch(y -> y.seizures() < now);
    boolean lowest = !others.isEmpty() && others.stream().allMatch(y -> y.seizures() > now);
    return Optional.of(new Trend(run, direction > 0, history.size(), highest, lowest));
  }

  private static int after(List<StoryPlan.Section> sections, Class<?> kind) {
    for (int i = 0; i < sections.size(); i++) {
      if (kind.isInstance(sections.get(i))) {
        return i + 1;
      }
    }
    return Math.min(1, sections.size());
  }

  /** After the last national drug paragraph (before the shares when there is none). */
  private static int lastDrugPair(List<StoryPlan.Section> sections) {
    int at = -1;
    for (int i = 0; i < sections.size(); i++) {
      if (sections.get(i) instanceof StoryPlan.DrugPair) {
        at = i + 1;
      }
    }
    return at < 0 ? beforeShares(sections) : at;
  }

  private static int beforeShares(List<StoryPlan.Section> sections) {
    for (int i = 0; i < sections.size(); i++) {
      StoryPlan.Section s = sections.get(i);
      if (s instanceof StoryPlan.RegionalShares || s instanceof StoryPlan.NationalShare || s instanceof StoryPlan.Reaction) {
        return i;
      }
    }
    return sections.size();
  }
}
