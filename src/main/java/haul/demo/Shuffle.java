package haul.demo;

import java.util.SplittableRandom;

/** Fisher-Yates shuffles driven by the demo's seeded random numbers. */
final class Shuffle {

  private Shuffle() {}

  static int[] indices(int n, SplittableRandom random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    shuffle(order, random);
    return order;
  }

  static void shuffle(int[] values, SplittableRandom random) {
    for (int i = values.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = values[i];
      values[i] = values[j];
      values[j] = swap;
    }
  }
}
