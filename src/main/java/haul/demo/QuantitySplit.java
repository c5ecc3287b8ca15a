package haul.demo;

import java.util.SplittableRandom;

/**
 * Splits a drug's quantity over its seizures so that the parts add up to it exactly: many small
 * seizures, a few lines without a quantity, and, where a rule asks for it, a few very large
 * seizures holding most of it (Border Force's cocaine and ketamine).
 */
final class QuantitySplit {

  /** Lines recorded without a quantity (an estimate). */
  static final double WITHOUT_QUANTITY = 0.03;

  /** The spread of seizure sizes: log-normal with this sigma. */
  private static final double SIGMA = 1.3;

  private QuantitySplit() {}

  /**
   * A few very large seizures: {@code share} of the total in seizures of at least {@code
   * minimumUnits} each, about three times that size on average.
   */
  record LargeSeizures(long minimumUnits, double share) {}

  /**
   * Splits {@code total} units over {@code seizures} seizures; a zero part is a line without a
   * quantity. At least one part is positive when the total is.
   */
  static long[] split(long total, int seizures, LargeSeizures large, SplittableRandom random) {
    long[] parts = new long[seizures];
    if (total == 0 || seizures == 0) {
      return parts;
    }
    int[] withQuantity = withQuantity(total, seizures, random);
    int m = withQuantity.length;
    int big = 0;
    long bigTotal = 0;
    if (large != null) {
      bigTotal = (long) Math.floor(total * large.share());
      big = (int) Math.min(m / 2, Math.round(bigTotal / (3.0 * large.minimumUnits())));
      if (big == 0 || big * large.minimumUnits() > bigTotal || total - bigTotal < m - big) {
        big = 0;
        bigTotal = 0;
      }
    }
    // The large ones come first in withQuantity, which is in random order.
    if (big > 0) {
      long[] extra = Apportion.byRandomWeights(bigTotal - big * large.minimumUnits(), weights(big, random));
      for (int i = 0; i < big; i++) {
        parts[withQuantity[i]] = large.minimumUnits() + extra[i];
      }
    }
    int small = m - big;
    long[] extra = Apportion.byRandomWeights(total - bigTotal - small, weights(small, random));
    for (int i = 0; i < small; i++) {
      parts[withQuantity[big + i]] = 1 + extra[i];
    }
    return parts;
  }

  /** Which seizures carry a quantity, in random order: never more than the units to give out. */
  private static int[] withQuantity(long total, int seizures, SplittableRandom random) {
    int[] order = Shuffle.indices(seizures, random);
    int keep = 0;
    int[] chosen = new int[seizures];
    for (int index : order) {
      if (random.nextDouble() >= WITHOUT_QUANTITY && keep < total) {
        chosen[keep++] = index;
      }
    }
    if (keep == 0) {
      chosen[keep++] = order[0];
    }
    return java.util.Arrays.copyOf(chosen, keep);
  }

  private static double[] weights(int n, SplittableRandom random) {
    double[] weights = new double[n];
    for (int i = 0; i < n; i++) {
      weights[i] = StrictMath.exp(SIGMA * gaussian(random));
    }
    return weights;
  }

  /** Box-Muller with StrictMath, so that every JVM draws the same numbers. */
  private static double gaussian(SplittableRandom random) {
    double u = 1.0 - random.nextDouble();
    double v = random.nextDouble();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
  }
}
