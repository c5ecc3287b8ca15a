package haul.story.check;

import java.util.List;
import java.util.Optional;

/**
 * Look-ups in a list of mentions sorted by start, by binary search, so that reading a sentence of
 * thousands of figures and names stays linear (log-linear) in its length.
 */
final class Mentions {

  private Mentions() {}

  /** Index of the first mention starting at or after {@code at}. */
  private static int firstFrom(List<Mention> mentions, int at) {
    int low = 0;
    int high = mentions.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (mentions.get(mid).start() < at) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** The first mention wholly inside {@code [from, to)}. */
  static Optional<Mention> firstWithin(List<Mention> mentions, int from, int to) {
    int i = firstFrom(mentions, from);
    return i < mentions.size() && mentions.get(i).end() <= to ? Optional.of(mentions.get(i)) : Optional.empty();
  }

  /** The last mention that ends at or before {@code at}. */
  static Optional<Mention> lastBefore(List<Mention> mentions, int at) {
    for (int i = Math.min(firstFrom(mentions, at), mentions.size()) - 1; i >= 0; i--) {
      if (mentions.get(i).end() <= at) {
        return Optional.of(mentions.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * The mention nearest a span: the last before it or the first after it (or one overlapping it),
   * whichever is closer; the earlier one on a tie.
   */
  static Optional<Mention> nearest(List<Mention> mentions, int from, int to) {
    int i = firstFrom(mentions, from);
    Mention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int j = Math.max(0, i - 2); j < Math.min(mentions.size(), i + 2); j++) {
      int distance = mentions.get(j).distanceTo(from, to);
      if (distance < bestDistance) {
        best = mentions.get(j);
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }
}
