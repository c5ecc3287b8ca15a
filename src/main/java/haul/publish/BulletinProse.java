package haul.publish;

import haul.reference.Unit;
import haul.story.Fact;
import haul.story.prose.FactMeasure;
import haul.story.prose.ProseNumbers;
import haul.story.prose.VerbalSizes;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bulletin's figures in words, each recorded as a {@link Fact} with the exact words used, by
 * the prose rules the stories follow (DESIGN.md "Numbers in prose", through {@link ProseNumbers}):
 * England and Wales counts to the nearest thousand, a force's count exactly, kg by size, changes
 * and shares in whole per cent. Not thread-safe: one per bulletin.
 */
final class BulletinProse {

  private static final String ENGLAND_AND_WALES = "england-and-wales";
  private final VerbalSizes sizes = VerbalSizes.bundled();
  private final List<Fact> facts = new ArrayList<>();
  private final String year;

  BulletinProse(String year) {
    this.year = year;
  }

  List<Fact> facts() {
    return List.copyOf(facts);
  }

  private String record(String text, BigDecimal value, String unit, FactMeasure measure, String area, String factYear,
      Optional<String> drug) {
    facts.add(new Fact(text, value, unit, measure, area, factYear, drug));
    return text;
  }

  /** A count of seizures of an area: England and Wales to the nearest thousand, others exactly. */
  String seizures(String area, long value, String factYear, Optional<String> drug) {
    String text = area.equals(ENGLAND_AND_WALES) ? ProseNumbers.nationalCount(value) : ProseNumbers.count(value);
    return record(text, BigDecimal.valueOf(value), "seizures", FactMeasure.SEIZURES, area, factYear, drug);
  }

  String seizures(String area, long value) {
    return seizures(area, value, year, Optional.empty());
  }

  /** The size of a change in per cent, its direction left to the verb: "14 per cent". */
  String percentChange(String area, BigDecimal percent, Optional<String> drug) {
    return record(ProseNumbers.percentChange(percent), percent.setScale(1, java.math.RoundingMode.HALF_UP), "per cent",
        FactMeasure.PERCENT_CHANGE, area, year, drug);
  }

  /** A change told as a multiple when the figure at least tripled ("nearly ten times"), else in per cent. */
  String change(String area, BigDecimal current, BigDecimal previous, Optional<String> drug) {
    if (sizes.isMultiple(current, previous)) {
      BigDecimal ratio = ProseNumbers.ratio(current, previous).setScale(1, java.math.RoundingMode.HALF_UP);
      return record(ProseNumbers.multiple(current, previous), ratio, "times", FactMeasure.MULTIPLE, area, year, drug);
    }
    BigDecimal percent = current.subtract(previous).multiply(BigDecimal.valueOf(100))
        .divide(previous, MathContext.DECIMAL64);
    return percentChange(area, percent, drug);
  }

  /** A share in whole per cent: "22 per cent". */
  String share(String area, BigDecimal percent, Optional<String> drug) {
    return record(ProseNumbers.share(percent), percent.setScale(1, java.math.RoundingMode.HALF_UP), "per cent",
        FactMeasure.SHARE, area, year, drug);
  }

  /** A quantity with its unit as prose writes it: "nearly 19,000kg", "113,000 doses", "13,529". */
  String quantity(String area, BigDecimal value, Unit unit, String factYear, String drug) {
    String text = switch (unit) {
      case KG -> ProseNumbers.kilograms(value);
      case DOSES -> ProseNumbers.doses(value);
      case PLANTS -> ProseNumbers.plants(value);
    };
    return record(text, value, unit.label(), FactMeasure.QUANTITY, area, factYear, Optional.of(drug));
  }

  /** "rose" or "fell" or "was unchanged" for a change. */
  static String verb(int signum) {
    return signum > 0 ? "rose" : signum < 0 ? "fell" : "was unchanged";
  }
}
