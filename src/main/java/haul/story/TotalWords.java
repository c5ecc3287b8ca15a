package haul.story;

import static haul.story.Names.join;

import haul.reference.FinancialYear;
import haul.stats.Change;
import haul.stats.Comparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a story names a total whose agencies are not all in the figures, by the wording rules of
 * {@code coverage.json}: "Across the 38 police forces with figures in both years, seizures
 * fell by 11 per cent, from 146,000 to 130,000", then which agencies are missing ("The Welsh forces are
 * missing from these tables. Bedfordshire Police and Hampshire Constabulary have no figures for the
 * year to March 2015, so they are left out of the comparison."). One instance per story.
 */
final class TotalWords {

  private final CoverageRules rules;
  private final Coverage coverage;
  private final Figures figures;
  private final FinancialYear year;
  private final TotalNames names;
  /** Whether the story has said which agencies the totals lack, so that it says so once. */
  private boolean toldMissing;
  /** Whether a national drug's change has been named as over the agencies with figures for both years. */
  private boolean toldOver;

  TotalWords(CoverageRules rules, Coverage coverage, Figures figures) {
    this.rules = rules;
    this.coverage = coverage;
    this.figures = figures;
    this.year = figures.year();
    this.names = new TotalNames(rules);
  }

  /** What the story's shares are of: England and Wales's seizures, or those in these tables when they lack agencies. */
  ShareWholes wholes() {
    return new ShareWholes(coverage.nationalPartial(), rules);
  }

  /** A national drug as its change is told: over the agencies with it in both years when the totals lack agencies. */
  /** Whether England and Wales's totals lack agencies, so that its drug figures are told over those with both years. */
  boolean nationalIsPartial() {
    return coverage.nationalPartial();
  }

  DrugComparison nationalDrug(DrugComparison national) {
    return coverage.nationalPartial() ? coverage.nationalDrug(national) : national;
  }

  /**
   * How a sentence on a national drug opens when the totals lack agencies: "Nationally, over the
   * agencies with figures for both years, " for a change, "Nationally, in these tables, " for one
   * year's amount; empty when the national total is complete, and the sentence names England and Wales.
   */
  java.util.Optional<String> nationalDrugHead(boolean change) {
    if (!coverage.nationalPartial()) {
      return java.util.Optional.empty();
    }
    String key = !change ? "national_drug_in_tables" : toldOver ? "national_drug_over_again" : "national_drug_over";
    toldOver |= change;
    return java.util.Optional.of(rules.words(key, Map.of()));
  }

  /**
   * The change of a total over the agencies with figures in both years ({@link #missing} says which
   * it leaves out): "Across the 38 police forces with figures in both years, seizures fell
   * by 11 per cent, from 146,000 to 130,000."
   */
  String likeForLike(Comparison c) {
    Change change = c.likeForLike();
    String code = c.area().code();
    String head = name(c);
    long delta = change.change().getAsLong();
    String text;
    if (delta == 0) {
      text = head + "seizures were unchanged at " + figures.totalCount(change.current(), year, code) + ".";
    } else {
      String percent = figures.percent(change.percentChange().orElseThrow(), code);
      Figures.Counts counts = figures.totalCounts(change, code); // as finely as the percentage needs
      text = head + "seizures " + (delta < 0 ? "fell" : "rose") + " by " + percent + ", from " + counts.previous() + " to "
          + counts.current() + ".";
    }
    return text;
  }

  /** "Across the 38 police forces with figures in both years, ": named as every writer names it ({@link TotalNames}). */
  private String name(Comparison c) {
    TotalNames.Compared compared = names.compared(c, names.countedAs(c.area()).flatMap(coverage::total));
    return names.across(forces(figures, compared.count(), c.area().code(), year.previous().label() + " to " + year.label()),
        compared.members());
  }

  /**
   * A number of police forces with figures, as house style writes numbers (in words to nine, in figures
   * from 10: "38"), recorded as a fact of the story, as every figure is.
   */
  static String forces(Figures figures, int n, String area, String period) {
    String text = TotalNames.Compared.number(n);
    figures.checked(new Fact(text, java.math.BigDecimal.valueOf(n), "police forces", haul.story.prose.FactMeasure.AGENCIES, area, period,
        Optional.empty()));
    return text;
  }

  /** The sentences that say which agencies the totals lack, once per story; empty when none is missing or it was said. */
  String missing(Comparison c) {
    if (toldMissing || !c.lacksAgencies()) {
      return "";
    }
    toldMissing = true;
    return names.missing(c, year, coverage.names(), coverage.regionOf());
  }

  /**
   * The sentences that say which forces the shares of the regions named leave out ("Hampshire
   * Constabulary has no figures for the year to March 2015, so the share of the South East is of its
   * other forces."); empty when every region named has all its forces.
   *
   * @param regions the regions named, as tables print them, with the names prose gives them
   */
  String regionsMissing(List<Map.Entry<String, String>> regions) {
    List<String> sentences = new ArrayList<>();
    for (Map.Entry<String, String> region : regions) {
      coverage.region(region.getKey())
          .filter(c -> !c.withoutCurrent().isEmpty() && c.withoutCurrent().size() < c.members().size())
          .ifPresent(c -> sentences.add(rules.words("region_missing", agreement(c.withoutCurrent(),
              Map.of("year", year.prose(), "region", region.getValue())))));
    }
    return String.join(" ", sentences);
  }

  /**
   * The sidecar's warning on totals that lack agencies: which agencies each year lacks, the change
   * the story told (over the agencies with figures in both years) beside the raw totals' change, and
   * how the national drug changes and the shares were told.
   */
  static String warning(Coverage coverage, FinancialYear year) {
    Comparison national = coverage.national().orElseThrow();
    StringBuilder text = new StringBuilder("The totals lack agencies");
    List<String> parts = new ArrayList<>();
    if (!national.withoutCurrent().isEmpty()) {
      parts.add("without figures for " + year.label() + ": " + join(national.withoutCurrent().stream().map(coverage::name).toList()));
    }
    if (!national.withoutPrevious().isEmpty()) {
      parts.add("without figures for " + year.previous().label() + ": "
          + join(national.withoutPrevious().stream().map(coverage::name).toList()));
    }
    text.append(" (").append(String.join("; ", parts)).append(").");
    coverage.compared().filter(c -> c.likeForLike().percentChange().isPresent()).ifPresent(c -> {
      text.append(" The story tells the change of ").append(c.area().code().equals(Figures.NATIONAL) ? "all agencies" : "the police")
          .append(" over the ").append(c.compared().size()).append(" with figures in both years (")
          .append(signed(c.likeForLike().percentChange().get())).append(")");
      c.raw().percentChange().ifPresent(raw -> text.append("; the raw totals, ")
          .append(haul.story.prose.ProseNumbers.count(c.raw().previous().get())).append(" to ")
          .append(haul.story.prose.ProseNumbers.count(c.raw().current().get())).append(", changed by ").append(signed(raw)));
      text.append('.');
    });
    text.append(" National drug changes are told over the agencies with each drug's figures in both years, and shares are of the"
        + " seizures in these tables (each year's sum of the agencies with figures), not of England and Wales.");
    return text.toString();
  }

  private static String signed(java.math.BigDecimal percent) {
    java.math.BigDecimal rounded = percent.setScale(1, java.math.RoundingMode.HALF_UP);
    return (rounded.signum() > 0 ? "+" : "") + rounded.toPlainString() + " per cent";
  }

  private Map<String, String> agreement(List<String> codes, Map<String, String> more) {
    return TotalNames.agreement(codes, coverage.names(), more);
  }
}
