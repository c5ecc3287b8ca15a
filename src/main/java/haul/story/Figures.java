package haul.story;

import haul.reference.FinancialYear;
import haul.reference.Unit;
import haul.stats.Area;
import haul.stats.Count;
import haul.stats.RegionShare;
import haul.story.prose.FactMeasure;
import haul.story.prose.ProseNumbers;
import haul.story.prose.VerbalSizes;
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
   * works out from the figures as printed ("0.2kg" and "0.3kg" show a third) is within the rules'
   * tolerance of the true one ({@code rules.json} "rounded_pairs"). A hedged figure ("nearly
   * 19,000kg") says it is rounded, so it counts at its true value.
   */
  boolean percentShows(DrugComparison drug) {
    if (!drug.isComparable() || drug.previous().get().signum() == 0 || drug.current().get().signum() == 0) {
      return false;
    }
    BigDecimal now = printed(drug.unit(), drug.current().get());
    BigDecimal before = printed(drug.unit(), drug.previous().get());
    BigDecimal shown = now.subtract(before).multiply(HUNDRED).divide(before, MathContext.DECIMAL64);
    return shown.subtract(drug.percentChange().orElseThrow()).abs().compareTo(rounded.percentTolerance()) <= 0;
  }

  /**
   * Whether a drug's rise may be told as a multiple beside its two figures: the multiple the printed
   * figures give is the one the true figures give ("2.5kg, up from 0.2kg" shows twelve and a half
   * times, not "nearly 11 times"); a hedged figure counts at its true value.
   */
  boolean multipleShows(DrugComparison drug) {
    if (!isMultiple(drug)) {
      return false;
    }
    BigDecimal now = printed(drug.unit(), drug.current().get());
    BigDecimal before = printed(drug.unit(), drug.previous().get());
    // the whole multiple, not its hedge: "6kg, up from 1.2kg ... nearly five times" is the printed five times, nearly
    haul.story.prose.ProseRule rule = haul.story.prose.ProseRule.MULTIPLE;
    return ProseNumbers.written(rule, ProseNumbers.ratio(now, before)).value()
        .compareTo(ProseNumbers.written(rule, ProseNumbers.ratio(drug.current().get(), drug.previous().get())).value()) == 0;
  }

  /** A quantity as the story prints it, in the catalogue unit; its true value when the print is hedged. */
  private static BigDecimal printed(Unit unit, BigDecimal value) {
    haul.story.prose.ProseRule rule = switch (unit) {
      case KG -> haul.story.prose.ProseRule.KG;
      case DOSES -> haul.story.prose.ProseRule.DOSES;
      case PLANTS -> haul.story.prose.ProseRule.PLANTS;
    };
    haul.story.prose.Written written = ProseNumbers.written(rule, value);
    if (written.hedge() != haul.story.prose.Hedge.NONE) {
      return value;
    }
    return written.unit() == haul.story.prose.FigureUnit.GRAMS ? written.value().movePointLeft(3) : written.value();
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

  String current(DrugComparison drug) {
    return counted(drug, quantity(drug, drug.current().get(), year));
  }

  String previous(DrugComparison drug) {
    return counted(drug, quantity(drug, drug.previous().get(), year.previous()));
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
