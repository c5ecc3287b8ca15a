package haul.demo;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Shares a whole number out in proportion to weights so that the parts add up to it exactly: each
 * part gets the whole part of its quota, and what is left goes one by one to the largest
 * remainders (the largest remainder method), ties to the earlier weight.
 */
final class Apportion {

  private Apportion() {}

  static long[] byDecimalWeights(long total, BigDecimal[] weights) {
    BigDecimal sum = Arrays.stream(weights).reduce(BigDecimal.ZERO, BigDecimal::add);
    long[] parts = new long[weights.length];
    if (total == 0) {
      return parts;
    }
    if (total < 0 || sum.signum() <= 0) {
      throw new IllegalArgumentException("cannot share " + total + " by weights adding up to " + sum);
    }
    BigDecimal[] remainders = new BigDecimal[weights.length];
    long given = 0;
    for (int i = 0; i < weights.length; i++) {
      BigDecimal quota = weights[i].multiply(BigDecimal.valueOf(total)).divide(sum, MathContext.DECIMAL128);
      BigDecimal whole = quota.setScale(0, RoundingMode.FLOOR);
      parts[i] = whole.longValueExact();
      remainders[i] = quota.subtract(whole);
      given += parts[i];
    }
    int[] order =
        IntStream.range(0, weights.length)
            .boxed()
            .sorted(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i))
            .mapToInt(Integer::intValue)
            .toArray();
    for (int k = 0; given < total; k++, given++) {
      parts[order[k]]++;
    }
    return parts;
  }

  static long[] byWholeWeights(long total, long[] weights) {
    return byDecimalWeights(
        total, Arrays.stream(weights).mapToObj(BigDecimal::valueOf).toArray(BigDecimal[]::new));
  }

  /** As above for random weights: doubles are exact enough here, and Java 17 computes them strictly. */
  static long[] byRandomWeights(long total, double[] weights) {
    double sum = Arrays.stream(weights).sum();
    long[] parts = new long[weights.length];
    if (total == 0) {
      return parts;
    }
    double[] remainders = new double[weights.length];
    long given = 0;
    for (int i = 0; i < weights.length; i++) {
      double quota = weights[i] / sum * total;
      parts[i] = (long) Math.floor(quota);
      remainders[i] = quota - parts[i];
      given += parts[i];
    }
    if (given > total) {
      throw new IllegalStateException("rounding gave more than " + total);
    }
    int[] order =
        IntStream.range(0, weights.length)
            .boxed()
            .sorted(Comparator.comparingDouble((Integer i) -> remainders[i]).reversed().thenComparing(i -> i))
            .mapToInt(Integer::intValue)
            .toArray();
    for (int k = 0; given < total; k = (k + 1) % order.length, given++) {
      parts[order[k]]++;
    }
    return parts;
  }
}
