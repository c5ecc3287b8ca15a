package haul.story.prose;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Two figures printed with a change between them ("12,345 doses, up 11 per cent from 11,123"; "from
 * 220,000 to 189,000"), written at the coarsest precision at which the printed pair shows the printed
 * change: a reader works the change out from the two figures, so "12,000 doses, up 11 per cent from
 * 11,000" (which shows 9 per cent) is written one step finer, and finer again, until it shows it
 * (the exact figures at worst, which always do).
 *
 * <p>A reader takes an unhedged figure at its face value. A hedged one says which side of it the
 * truth lies ("nearly 19,000kg" is between 18,500 and 19,000), so the pair is read at the change
 * nearest the true one that its hedges allow: "nearly 19,000kg, up 68 per cent from over 11,000kg"
 * shows anything from 61 to 73 per cent, the 68 among them.
 *
 * @param current this year's figure as written
 * @param previous the year before's figure as written
 */
public record PrintedPair(Written current, Written previous) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  public PrintedPair {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(previous, "previous");
  }

  /** The change a story prints between two figures, and whether a ratio read from them shows it. */
  @FunctionalInterface
  public interface Change {
    /** Whether current/previous, as a reader reads it from the printed pair, shows this change. */
    boolean shownBy(BigDecimal ratio);

    /** No change is printed (or none that figures can contradict): the rule's own precision serves. */
    static Change none() {
      return ratio -> true;
    }

    /**
     * A whole percentage, printed from the true change: shown when the pair's change is within
     * {@code tolerance} percentage points of the printed whole per cent.
     */
    static Change percent(BigDecimal truePercent, BigDecimal tolerance) {
      BigDecimal printed = truePercent.setScale(0, RoundingMode.HALF_UP);
      return ratio -> ratio.subtract(BigDecimal.ONE).multiply(HUNDRED).subtract(printed).abs().compareTo(tolerance) <= 0;
    }

    /** A multiple ("nearly ten times"): shown when the pair gives the same whole multiple. */
    static Change multiple(BigDecimal trueRatio) {
      BigDecimal printed = ProseNumbers.written(ProseRule.MULTIPLE, trueRatio).value();
      return ratio -> ProseNumbers.written(ProseRule.MULTIPLE, ratio).value().compareTo(printed) == 0;
    }

    /**
     * A size in words of the kinds a pair is told with ("more than doubled", "almost unchanged"):
     * shown when the pair's change has the same words, or none of those kinds where the true change has none.
     */
    static Change verbal(VerbalSizes sizes, BigDecimal truePercent, Set<VerbalSize.Kind> kinds) {
      Optional<VerbalSize> printed = sizes.describe(truePercent, kinds);
      return ratio -> sizes.describe(ratio.subtract(BigDecimal.ONE).multiply(HUNDRED), kinds).equals(printed);
    }

    /** Both changes shown: a pair that one sentence tells with a percentage and another in words. */
    default Change and(Change other) {
      return ratio -> shownBy(ratio) && other.shownBy(ratio);
    }
  }

  /**
   * The pair written by the rule at the coarsest precision that shows {@code change}: the rule's
   * own, then each figure one step finer ({@link ProseNumbers#written(ProseRule, BigDecimal, int)}),
   * both together, until the pair shows it or both are exact.
   *
   * @throws IllegalArgumentException when either figure is zero, where no ratio is read
   */
  public static PrintedPair written(ProseRule rule, BigDecimal current, BigDecimal previous, Change change) {
    if (current.signum() == 0 || previous.signum() == 0) {
      throw new IllegalArgumentException("a pair with a change between them has no zero: " + current + ", " + previous);
    }
    BigDecimal trueRatio = current.abs().divide(previous.abs(), MathContext.DECIMAL64);
    PrintedPair pair = null;
    for (int finer = 0; finer <= ProseNumbers.FINEST; finer++) {
      pair = new PrintedPair(ProseNumbers.written(rule, current, finer), ProseNumbers.written(rule, previous, finer));
      boolean exact = ProseNumbers.isExact(pair.current, current) && ProseNumbers.isExact(pair.previous, previous);
      if (exact || change.shownBy(pair.ratioRead(trueRatio))) {
        return pair;
      }
    }
    return pair;
  }

  /**
   * The ratio current/previous a reader reads from the printed pair: at face value when neither is
   * hedged; else the one nearest the true ratio that the hedges allow.
   */
  public BigDecimal ratioRead(BigDecimal trueRatio) {
    BigDecimal[] now = range(current);
    BigDecimal[] before = range(previous);
    if (before[0].signum() <= 0 || before[1].signum() <= 0) {
      return trueRatio;
    }
    BigDecimal low = now[0].divide(before[1], MathContext.DECIMAL64);
    BigDecimal high = now[1].divide(before[0], MathContext.DECIMAL64);
    return trueRatio.max(low).min(high);
  }

  /** The values a written figure stands for, in kg for grams: itself, or the half step its hedge points to. */
  private static BigDecimal[] range(Written written) {
    BigDecimal value = written.unit() == FigureUnit.GRAMS ? written.value().movePointLeft(3) : written.value();
    if (written.hedge() == Hedge.NONE || value.signum() == 0) {
      return new BigDecimal[] {value, value};
    }
    BigDecimal half = BigDecimal.ONE.movePointLeft(value.stripTrailingZeros().scale()).divide(TWO);
    return switch (written.hedge()) {
      case BELOW -> new BigDecimal[] {value.subtract(half), value};
      case ABOVE -> new BigDecimal[] {value, value.add(half)};
      case APPROXIMATE -> new BigDecimal[] {value.subtract(half), value.add(half)};
      case NONE -> new BigDecimal[] {value, value};
    };
  }
}
