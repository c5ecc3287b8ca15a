package haul.story;

import haul.reference.FinancialYear;
import haul.reference.Unit;
import haul.stats.Area;
import haul.stats.Change;
import haul.stats.Count;
import haul.stats.RegionShare;
import haul.story.prose.FactMeasure;
import haul.story.prose.PrintedPair;
import haul.story.prose.ProseNumbers;
import haul.story.prose.ProseRule;
import haul.story.prose.VerbalSize;
import haul.story.prose.VerbalSizes;
import haul.story.prose.Written;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Every figure a story writes, each written by {@link ProseNumbers} and recorded in the story's
 * {@link FactLedger}, so that every figure in the text is a fact by construction. One instance per
 * story (the ledger is the story's).
 */
final class Figures {

  static final String NATIONAL = Area.ENGLAND_AND_WALES.code();
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The sizes in words a drug's pair is told with ("up from 0.4kg the year before; the amount more than doubled"). */
  private static final java.util.Set<VerbalSize.Kind> PAIR_SIZES = java.util.EnumSet.of(VerbalSize.Kind.VERB, VerbalSize.Kind.STATE);

  private final FactLedger ledger;
  private final FinancialYear year;
  private final String agency;
  private final VerbalSizes sizes;
  private final StoryRules.RoundedPairs rounded;

  Figures(FactLedger ledger, FinancialYear year, String agency, VerbalSizes sizes, StoryRules.RoundedPairs rounded) {
    this.ledger = ledger;
    this.year = year;
    this.agency = agency;
    this.sizes = sizes;
    this.rounded = rounded;
  }

  /**
   * Whether a drug's percentage change may be printed beside its two figures: the change a reader
   * works out from the figures as printed is within the rules' tolerance of it ({@code rules.json}
   * "rounded_pairs"). The pair is printed finer until it is ({@link #pair}), so a comparable pair
   * with no zero always shows it.
   */
  boolean percentShows(DrugComparison drug) {
    if (!drug.isComparable() || drug.previous().get().signum() == 0 || drug.current().get().signum() == 0) {
      return false;
    }
    PrintedPair pair = pair(drug);
    return percentChange(drug).shownBy(pair.ratioRead(trueRatio(drug)));
  }

  /**
   * Whether a drug's rise may be told as a multiple beside its two figures: the pair as printed gives
   * the same whole multiple ({@link #pair} prints it finer until it does).
   */
  boolean multipleShows(DrugComparison drug) {
    if (!isMultiple(drug)) {
      return false;
    }
    return PrintedPair.Change.multiple(trueRatio(drug)).shownBy(pair(drug).ratioRead(trueRatio(drug)));
  }

  /**
   * The size in words a drug's change is told in beside its pair, instead of a percentage ("up from
   * 1.2kg the year before; the amount more than doubled", "almost unchanged from 380,000 doses"):
   * empty for a multiple or a change a percentage tells.
   */
  Optional<VerbalSize> pairSize(DrugComparison drug) {
    if (!drug.isComparable() || drug.percentChange().isEmpty() || isMultiple(drug)) {
      return Optional.empty();
    }
    return sizes.describe(drug.percentChange().get(), PAIR_SIZES);
  }

  /**
   * A drug's two figures as the story prints them, at the coarsest precision at which they show the
   * change printed between them (DESIGN.md's table, then one step finer at a time: {@link PrintedPair}):
   * a multiple for a rise told as one, the same words for a change told in words ({@link #pairSize}),
   * otherwise the whole percentage within the rules' tolerance. A pair the rule writes alike ("about
   * the same as the year before"), or with no year before or a zero, prints no change: the rule's own
   * precision.
   */
  private PrintedPair pair(DrugComparison drug) {
    ProseRule rule = rule(drug.unit());
    BigDecimal now = drug.current().orElse(BigDecimal.ZERO);
    BigDecimal before = drug.previous().orElse(BigDecimal.ZERO);
    Written plainNow = ProseNumbers.written(rule, now);
    Written plainBefore = ProseNumbers.written(rule, before);
    if (!drug.isComparable() || now.signum() == 0 || before.signum() == 0 || plainNow.equals(plainBefore)) {
      return new PrintedPair(plainNow, plainBefore);
    }
    BigDecimal percent = drug.percentChange().orElseThrow();
    PrintedPair.Change change = isMultiple(drug) ? PrintedPair.Change.multiple(trueRatio(drug))
        : pairSize(drug).isPresent() ? PrintedPair.Change.verbal(sizes, percent, PAIR_SIZES)
        : percentChange(drug);
    return PrintedPair.written(rule, now, before, change);
  }

  /**
   * England and Wales's (or a total's) two counts around the whole percentage printed between them
   * ("fell by 14 per cent, from 220,000 to 189,000"), at the precision that shows it: the nearest
   * thousand, then hundred, ten, one.
   */
  private PrintedPair totalPair(Change change) {
    BigDecimal now = BigDecimal.valueOf(change.current().get());
    BigDecimal before = BigDecimal.valueOf(change.previous().get());
    if (now.signum() == 0 || before.signum() == 0 || change.percentChange().isEmpty()) {
      return new PrintedPair(ProseNumbers.written(ProseRule.THOUSANDS_COUNT, now), ProseNumbers.written(ProseRule.THOUSANDS_COUNT, before));
    }
    return PrintedPair.written(ProseRule.THOUSANDS_COUNT, now, before,
        PrintedPair.Change.percent(change.percentChange().get(), rounded.percentTolerance()));
  }

  private PrintedPair.Change percentChange(DrugComparison drug) {
    return PrintedPair.Change.percent(drug.percentChange().orElseThrow(), rounded.percentTolerance());
  }

  private static BigDecimal trueRatio(DrugComparison drug) {
    return ProseNumbers.ratio(drug.current().get(), drug.previous().get());
  }

  private static ProseRule rule(Unit unit) {
    return switch (unit) {
      case KG -> ProseRule.KG;
      case DOSES -> ProseRule.DOSES;
      case PLANTS -> ProseRule.PLANTS;
    };
  }

  FinancialYear year() {
    return year;
  }

  VerbalSizes sizes() {
    return sizes;
  }

  /** A figure of a note's prose form, which check-story has tied to its fact of the release ({@link NoteProse}). */
  void checked(Fact fact) {
    ledger.add(fact.text(), fact.value(), fact.unit(), fact.measure(), fact.agency(), fact.year(), fact.drug());
  }

  /**
   * A place among the areas of its kind, in the words the story tells it ("the third-highest",
   * "eleventh place", "the second largest"), so that the sidecar traces it like any figure.
   */
  String rank(String words, int rank, String area, FinancialYear of) {
    return ledger.add(words, BigDecimal.valueOf(rank), "rank", FactMeasure.RANK, area, of.label(), Optional.empty());
  }

  /** The agency's count of a year ("1,608"). */
  String agencyCount(Count count, FinancialYear of) {
    long value = count.get();
    return ledger.add(ProseNumbers.count(value), BigDecimal.valueOf(value), "seizures", FactMeasure.SEIZURES, agency, of.label(),
        Optional.empty());
  }

  /** The agency's seizures of one drug this year. */
  String drugCount(DrugComparison drug, Count count) {
    long value = count.get();
    return ledger.add(ProseNumbers.count(value), BigDecimal.valueOf(value), "seizures", FactMeasure.SEIZURES, drug.area(), year.label(),
        Optional.of(drug.drug()));
  }

  /** An area's seizures of one drug in a year ("1,520"). */
  String drugSeizures(DrugCount drug, Count count, FinancialYear of) {
    long value = count.get();
    return ledger.add(ProseNumbers.count(value), BigDecimal.valueOf(value), "seizures", FactMeasure.SEIZURES, drug.area(), of.label(),
        Optional.of(drug.drug()));
  }

  /** The change of an area's seizures of one drug, without its sign ("4 per cent"). */
  String drugSeizuresPercent(DrugCount drug) {
    BigDecimal percent = drug.change().percentChange().orElseThrow();
    return ledger.add(ProseNumbers.percentChange(percent), percent.setScale(1, RoundingMode.HALF_UP), "per cent",
        FactMeasure.PERCENT_CHANGE, drug.area(), year.label(), Optional.of(drug.drug()));
  }

  /** An area's seizures of one drug this year as a multiple of the year before ("nearly four times"). */
  String drugSeizuresMultiple(DrugCount drug) {
    BigDecimal now = BigDecimal.valueOf(drug.current().get());
    BigDecimal before = BigDecimal.valueOf(drug.previous().get());
    return ledger.add(ProseNumbers.multiple(now, before), ProseNumbers.ratio(now, before).setScale(1, RoundingMode.HALF_UP), "times",
        FactMeasure.MULTIPLE, drug.area(), year.label(), Optional.of(drug.drug()));
  }

  /** England and Wales's count of a year ("189,000"). */
  String nationalCount(Count count, FinancialYear of) {
    long value = count.get();
    return ledger.add(ProseNumbers.nationalCount(value), BigDecimal.valueOf(value), "seizures", FactMeasure.SEIZURES, NATIONAL,
        of.label(), Optional.empty());
  }

  /**
   * England and Wales's counts of the year before and this year, printed around the change between
   * them ("from 220,000 to 189,000"), at the precision that shows that change: previous, then current.
   */
  Counts nationalCounts(Change change) {
    return totalCounts(change, NATIONAL);
  }

  /** A total's counts of the year before and this year around its printed change ({@link #nationalCounts}). */
  Counts totalCounts(Change change, String area) {
    PrintedPair pair = totalPair(change);
    String previous = ledger.add(ProseNumbers.format(pair.previous()), BigDecimal.valueOf(change.previous().get()), "seizures",
        FactMeasure.SEIZURES, area, year.previous().label(), Optional.empty());
    String current = ledger.add(ProseNumbers.format(pair.current()), BigDecimal.valueOf(change.current().get()), "seizures",
        FactMeasure.SEIZURES, area, year.label(), Optional.empty());
    return new Counts(previous, current);
  }

  /** Two counts as printed: the year before's and this year's. */
  record Counts(String previous, String current) {}

  /**
   * A total's count of a year over the agencies it is told for ("147,000"): the police or England and
   * Wales, rounded as England and Wales's count is.
   */
  String totalCount(Count count, FinancialYear of, String area) {
    long value = count.get();
    return ledger.add(ProseNumbers.nationalCount(value), BigDecimal.valueOf(value), "seizures", FactMeasure.SEIZURES, area,
        of.label(), Optional.empty());
  }

  /** An area's count change in per cent, without its sign ("14 per cent"). */
  String percent(BigDecimal percent, String area) {
    return ledger.add(ProseNumbers.percentChange(percent), percent.setScale(1, RoundingMode.HALF_UP), "per cent",
        FactMeasure.PERCENT_CHANGE, area, year.label(), Optional.empty());
  }

  /**
   * A change told in words ("more than halved", "almost unchanged", "a fifth"): a figure like any
   * other, so the ledger holds it with the percentage it stands for, and check-story can trace it.
   */
  String sized(String words, BigDecimal percent, String area, Optional<String> drug) {
    return ledger.add(words, percent.setScale(1, RoundingMode.HALF_UP), "per cent", FactMeasure.PERCENT_CHANGE, area,
        year.label(), drug);
  }

  /** The agency's count this year as a multiple of the year before ("nearly four times"). */
  String countMultiple(long current, long previous) {
    BigDecimal now = BigDecimal.valueOf(current);
    BigDecimal before = BigDecimal.valueOf(previous);
    return ledger.add(ProseNumbers.multiple(now, before), ProseNumbers.ratio(now, before).setScale(1, RoundingMode.HALF_UP), "times",
        FactMeasure.MULTIPLE, agency, year.label(), Optional.empty());
  }

  String drugPercent(DrugComparison drug) {
    BigDecimal percent = drug.percentChange().orElseThrow();
    return ledger.add(ProseNumbers.percentChange(percent), percent.setScale(1, RoundingMode.HALF_UP), "per cent",
        FactMeasure.PERCENT_CHANGE, drug.area(), year.label(), Optional.of(drug.drug()));
  }

  String drugMultiple(DrugComparison drug) {
    BigDecimal ratio = ProseNumbers.ratio(drug.current().get(), drug.previous().get());
    return ledger.add(ProseNumbers.multiple(drug.current().get(), drug.previous().get()), ratio.setScale(1, RoundingMode.HALF_UP),
        "times", FactMeasure.MULTIPLE, drug.area(), year.label(), Optional.of(drug.drug()));
  }

  /** Whether a drug's rise is told as a multiple instead of a percentage (DESIGN.md: from three times). */
  boolean isMultiple(DrugComparison drug) {
    return drug.isComparable() && sizes.isMultiple(drug.current().get(), drug.previous().get());
  }

  /** A drug's quantity this year or the year before ("0.2kg", "113,000 doses", "13,529"). */
  String quantity(DrugComparison drug, BigDecimal value, FinancialYear of) {
    String text = switch (drug.unit()) {
      case KG -> ProseNumbers.kilograms(value);
      case DOSES -> ProseNumbers.doses(value);
      case PLANTS -> ProseNumbers.plants(value);
    };
    return ledger.add(text, value.stripTrailingZeros(), drug.unit().label(), FactMeasure.QUANTITY, drug.area(), of.label(),
        Optional.of(drug.drug()));
  }

  /**
   * This year's figure of a drug told alone, with no change beside it ("Border Force seized over
   * 17,000kg of cocaine, 91 per cent of ..."): the rule's own precision.
   */
  String alone(DrugComparison drug) {
    Written written = ProseNumbers.written(rule(drug.unit()), drug.current().get());
    return counted(drug, quantity(drug, drug.current().get(), year, written));
  }

  /** This year's figure of a drug, written as its pair with the year before prints it ({@link #pair}). */
  String current(DrugComparison drug) {
    return counted(drug, quantity(drug, drug.current().get(), year, pair(drug).current()));
  }

  /** The year before's figure of a drug, written as its pair with this year prints it ({@link #pair}). */
  String previous(DrugComparison drug) {
    return counted(drug, quantity(drug, drug.previous().get(), year.previous(), pair(drug).previous()));
  }

  private String quantity(DrugComparison drug, BigDecimal value, FinancialYear of, Written written) {
    String text = drug.unit() == Unit.PLANTS ? ProseNumbers.figure(written) : ProseNumbers.format(written);
    return ledger.add(text, value.stripTrailingZeros(), drug.unit().label(), FactMeasure.QUANTITY, drug.area(), of.label(),
        Optional.of(drug.drug()));
  }

  /** Plants are named after their number ("8,910 plants"), so that no reader takes it for seizures. */
  static String counted(DrugComparison drug, String amount) {
    return drug.unit() == Unit.PLANTS ? amount + " plants" : amount;
  }

  /** "no ketamine": a zero is a fact too, so that a checker can trace it. */
  String nothing(DrugComparison drug, String noun) {
    return ledger.add("no " + noun, BigDecimal.ZERO, drug.unit().label(), FactMeasure.QUANTITY, drug.area(), year.label(),
        Optional.of(drug.drug()));
  }

  /** "no ketamine" as the year before's figure, where a sentence tells both years had none. */
  String nothingBefore(DrugComparison drug, String noun) {
    return ledger.add("no " + noun, BigDecimal.ZERO, drug.unit().label(), FactMeasure.QUANTITY, drug.area(), year.previous().label(),
        Optional.of(drug.drug()));
  }

  String regionShare(RegionShare share) {
    BigDecimal percent = share.sharePercent().orElseThrow();
    return ledger.add(ProseNumbers.share(percent), percent.setScale(1, RoundingMode.HALF_UP), "per cent", FactMeasure.SHARE,
        share.region().code(), year.label(), Optional.empty());
  }

  String agencyShare(AgencyShare share) {
    BigDecimal percent = share.percent().orElseThrow();
    return ledger.add(ProseNumbers.share(percent), percent.setScale(1, RoundingMode.HALF_UP), "per cent", FactMeasure.SHARE,
        share.agency().code(), year.label(), Optional.empty());
  }

  /** A national agency's quantity of a drug as a share of England and Wales's ("91 per cent"). */
  String drugShare(DrugComparison local, DrugComparison national) {
    BigDecimal share = local.current().get().multiply(HUNDRED).divide(national.current().get(), MathContext.DECIMAL64);
    return ledger.add(ProseNumbers.share(share), share.setScale(1, RoundingMode.HALF_UP), "per cent", FactMeasure.SHARE, local.area(),
        year.label(), Optional.of(local.drug()));
  }
}
