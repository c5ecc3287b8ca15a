package haul.story;

import haul.stats.Change;
import haul.story.StoryRules.AngleRule;
import haul.story.prose.VerbalSize;
import haul.story.prose.VerbalSizes;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses what leads a story: every candidate angle is scored by the rules of {@code rules.json}
 * ("angles") and the highest leads; on a tie the earlier candidate (the count change first). A
 * rule may keep out of the headline a figure the sidecar warns about ({@code leads_when_warned}).
 * Same data, same angle: there is no randomness.
 */
final class AnglePicker {


  private final StoryRules rules;
  private final VerbalSizes sizes;

  AnglePicker(StoryRules rules, VerbalSizes sizes) {
    this.rules = rules;
    this.sizes = sizes;
  }

  /** A candidate lead and its score. */
  record Scored(StoryPlan.Angle angle, BigDecimal score) {}

  /** The highest-scoring candidate; the first (the count change) when none reaches the rules' minimum. */
  StoryPlan.Angle pick(StoryFacts facts) {
    List<Scored> all = candidates(facts);
    Scored best = all.get(0);
    for (Scored candidate : all) {
      if (candidate.score().compareTo(rules.angles().minScore()) >= 0 && candidate.score().compareTo(best.score()) > 0) {
        best = candidate;
      }
    }
    return best.angle();
  }

  /** Every candidate of the facts with its score, the count change first. */
  List<Scored> candidates(StoryFacts facts) {
    Change seizures = facts.seizures();
    List<Scored> all = new ArrayList<>();
    if (!facts.hasReturn()) {
      all.add(new Scored(new StoryPlan.NoReturn(), BigDecimal.ZERO));
      return all;
    }
    if (seizures.percentChange().isEmpty()) {
      all.add(new Scored(new StoryPlan.FirstYear(seizures, facts.ranked() >= rule("rank").minRanked() ? facts.rank() : 0), BigDecimal.ZERO));
      return all;
    }
    BigDecimal percent = seizures.percentChange().get();
    Optional<VerbalSize> size = sizes.describe(percent);
    BigDecimal magnitude = percent.abs().setScale(0, RoundingMode.HALF_UP);
    BigDecimal count = rule("count_change").score(magnitude);
    if (size.isPresent() && size.get().kind() == VerbalSize.Kind.VERB) {
      count = count.add(rule("count_change_verbal").score(BigDecimal.ZERO));
    }
    // a change in line with that of the whole the story sets it beside is the national change seen locally
    count = rule("count_change").cappedInLine(count, percent, besideChange(facts));
    if (sizes.isAlmostUnchanged(percent)) {
      count = BigDecimal.ZERO;
    }
    all.add(new Scored(new StoryPlan.CountChange(seizures, size, contrast(facts, percent)), count));

    AngleRule against = rule("against_national");
    Optional<BigDecimal> national = facts.national().percentChange();
    boolean wentAgainst = national.isPresent() && national.get().signum() != 0 && percent.signum() != 0
        && national.get().signum() != percent.signum() && against.admits(percent.abs());
    if (wentAgainst) {
      all.add(new Scored(new StoryPlan.AgainstNational(seizures, size, facts.national()), against.score(magnitude)));
    }

    AngleRule steady = rule("steady_against_national");
    if (national.isPresent() && (percent.signum() == 0 || sizes.isAlmostUnchanged(percent))
        && steady.admits(national.get().abs().setScale(0, RoundingMode.HALF_UP))) {
      all.add(new Scored(new StoryPlan.SteadyAgainstNational(seizures, size, facts.national()),
          steady.score(national.get().abs().setScale(0, RoundingMode.HALF_UP))));
    }

    AngleRule rank = rule("rank");
    if (facts.rank() > 0 && facts.rank() <= rank.top() && facts.ranked() >= rank.minRanked()
        && !(rank.onlyWhenNew() && facts.rank() == facts.previousRank())) {
      all.add(new Scored(new StoryPlan.Rank(seizures, size, facts.rank(), facts.previousRank()),
          rank.score(BigDecimal.valueOf(facts.rank() - 1))));
    }
    AngleRule moved = rule("rank_moved");
    if (facts.rank() > 0 && facts.previousRank() > 0 && facts.ranked() >= moved.minRanked()) {
      BigDecimal places = BigDecimal.valueOf(Math.abs(facts.rank() - facts.previousRank()));
      if (moved.admits(places)) {
        // a move the force's own change explains (a climb beside a change above the national one, a drop
        // beside one below it) is that change's news, told with its figure
        boolean followsFromIt = national.isPresent() && (facts.rank() < facts.previousRank()) == (percent.compareTo(national.get()) > 0);
        all.add(new Scored(new StoryPlan.Rank(seizures, size, facts.rank(), facts.previousRank()),
            moved.scoreFollowingFromCount(places, followsFromIt)));
      }
    }

    AngleRule record = rule("record");
    List<StoryFacts.YearCount> history = facts.history();
    if (rule("record").admits(BigDecimal.valueOf(history.size()))) {
      long now = seizures.current().get();
      boolean highest = history.subList(0, history.size() - 1).stream().allMatch(y -> y.seizures() < now);
      boolean lowest = history.subList(0, history.size() - 1).stream().allMatch(y -> y.seizures() > now);
      if (highest || lowest) {
        boolean withTrend = national.filter(n -> n.signum() == (highest ? 1 : -1)).isPresent();
        all.add(new Scored(new StoryPlan.OnRecord(seizures, size, highest, history.size()),
            record.score(BigDecimal.valueOf(history.size() - 3), withTrend)));
      }
    }

    if (facts.agency().isNational()) {
      nationalAgencyShare(facts).ifPresent(all::add);
    } else {
      localDrug(facts).ifPresent(all::add);
    }
    return all;
  }

  /**
   * The change of the total the story sets the agency beside ({@code coverage.json} "compare_with":
   * the police as a whole), like with like; England and Wales's when the release holds no such total.
   */
  private static Optional<BigDecimal> besideChange(StoryFacts facts) {
    return facts.coverage().compared().flatMap(c -> c.likeForLike().percentChange())
        .or(() -> facts.national().percentChange());
  }

  /**
   * The drug a count-change headline sets beside the count ({@code rules.json} "headline_contrast"):
   * of the national drugs the story tells, the agency's own quantity that moved against the count's
   * direction by at least the rule's percentage, material in both years and not warned about, the
   * largest by ratio; none for a national agency (its share of a national drug is its angle), or
   * for a count almost unchanged (no direction to go against).
   */
  private Optional<DrugComparison> contrast(StoryFacts facts, BigDecimal countPercent) {
    Optional<StoryRules.HeadlineContrast> rule = rules.angles().contrast();
    if (rule.isEmpty() || facts.agency().isNational() || countPercent.signum() == 0 || sizes.isAlmostUnchanged(countPercent)) {
      return Optional.empty();
    }
    StoryRules.HeadlineContrast contrast = rule.get();
    return facts.nationalDrugsTold(rules.nationalDrugs().tellAtMost()).stream()
        .map(n -> facts.localDrug(n.drug()))
        .flatMap(Optional::stream)
        .filter(AnglePicker::comparable)
        .filter(d -> d.change().signum() == -countPercent.signum())
        .filter(d -> d.percentChange().get().abs().compareTo(contrast.minPercent()) >= 0)
        .filter(d -> d.current().get().min(d.previous().get()).compareTo(contrast.minBoth(d.unit())) >= 0)
        .filter(d -> !rules.warnings().swung(d))
        .max(Comparator.comparing((DrugComparison d) -> doublings(d).abs()));
  }

  /**
   * The local drug that moved the most against the same drug nationally, by doublings, among those
   * large enough to tell, whose own change is as large as the rule's minimum too: a rise scored by
   * "local_drug", a fall by "local_drug_fall".
   */
  private Optional<Scored> localDrug(StoryFacts facts) {
    return localDrug(facts, false);
  }

  /**
   * The local drug haul that would have led but for its sidecar warning (a rule with
   * {@code leads_when_warned: false}): the story still tells it, in its body, with the warning.
   */
  Optional<DrugComparison> heldBack(StoryFacts facts) {
    if (facts.agency().isNational() || !facts.hasReturn() || facts.seizures().percentChange().isEmpty()) {
      return Optional.empty();
    }
    Optional<DrugComparison> leading = localDrug(facts, false).map(s -> ((StoryPlan.LocalDrug) s.angle()).drug());
    return localDrug(facts, true).map(s -> ((StoryPlan.LocalDrug) s.angle()).drug()).filter(rules.warnings()::swung)
        .filter(d -> leading.filter(l -> l.drug().equals(d.drug())).isEmpty());
  }

  private Optional<Scored> localDrug(StoryFacts facts, boolean warnedToo) {
    Optional<Scored> best = Optional.empty();
    for (DrugComparison d : facts.localDrugs()) {
      if (!comparable(d) || d.current().get().max(d.previous().get()).compareTo(rules.warnings().quantityMin(d.unit())) < 0) {
        continue;
      }
      BigDecimal national = facts.nationalDrugs().stream().map(DrugCandidate::comparison)
          .filter(n -> n.drug().equals(d.drug()) && comparable(n)).findFirst().map(AnglePicker::doublings).orElse(BigDecimal.ZERO);
      BigDecimal beyond = doublings(d).subtract(national);
      AngleRule rule = rule(beyond.signum() >= 0 ? "local_drug" : "local_drug_fall");
      // a local rise told as a fall would mislead: the local change must go the way it is scored
      if (!rule.admits(beyond.abs()) || doublings(d).abs().compareTo(rule.minOwnSize()) < 0 || beyond.signum() != d.change().signum()
          || d.current().get().min(d.previous().get()).compareTo(rule.minBoth(d.unit())) < 0) {
        continue;
      }
      if (!warnedToo && rules.warnings().swung(d) && (!rule.leadsWhenWarned() || beyond.abs().compareTo(rule.minSizeWhenWarned()) < 0)) {
        continue; // the sidecar warns about this haul: it is told, but does not lead
      }
      Optional<String> caveat = rules.warnings().swung(d) ? rule.caveat() : Optional.empty();
      Scored scored = new Scored(new StoryPlan.LocalDrug(facts.seizures(), d, caveat), rule.score(beyond.abs()));
      if (best.isEmpty() || scored.score().compareTo(best.get().score()) > 0) {
        best = Optional.of(scored);
      }
    }
    return best;
  }

  private static boolean comparable(DrugComparison d) {
    return d.bothAboveNothing();
  }

  private static BigDecimal doublings(DrugComparison drug) {
    return BigDecimal.valueOf(drug.doublings());
  }

  /** The national drug of which the national agency seized the largest share. */
  private Optional<Scored> nationalAgencyShare(StoryFacts facts) {
    AngleRule rule = rule("national_agency_share");
    Optional<Scored> best = Optional.empty();
    // only a national figure the story tells, as the planner takes them
    for (DrugComparison national : facts.nationalDrugsTold(rules.nationalDrugs().tellAtMost())) {
      Optional<DrugComparison> local = facts.localDrug(national.drug());
      if (local.isEmpty() || local.get().current().isEmpty() || national.current().filter(v -> v.signum() > 0).isEmpty()) {
        continue;
      }
      BigDecimal share = local.get().current().get().multiply(BigDecimal.valueOf(100))
          .divide(national.current().get(), MathContext.DECIMAL64);
      if (!rule.admits(share) || !rule.leadsWhenWarned() && rules.warnings().swung(local.get())) {
        continue;
      }
      Scored scored = new Scored(new StoryPlan.NationalAgencyShare(facts.seizures(), local.get(), national),
          rule.score(share.setScale(0, RoundingMode.HALF_UP)));
      if (best.isEmpty() || scored.score().compareTo(best.get().score()) > 0) {
        best = Optional.of(scored);
      }
    }
    return best;
  }

  private AngleRule rule(String name) {
    return rules.angles().rule(name);
  }
}
