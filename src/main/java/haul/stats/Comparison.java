package haul.stats;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A total compared like with like: when the agencies behind a total (a region, the police,
 * England and Wales) differ between the two years, its change is computed over the agencies with
 * figures in both years, while the raw totals (each year's sum of the agencies with figures) stay
 * as published. For one agency both changes are the agency's own.
 *
 * @param members the agency codes the area is made of, in {@code agencies.csv} order
 * @param withoutCurrent members without figures (seizures not available) in the year
 * @param withoutPrevious members without figures in the year before
 * @param raw the totals as published: each year's sum over the members with figures that year
 * @param likeForLike both years' sums over the members with figures in both years ({@link #compared()});
 *     not available when there are none
 */
public record Comparison(
    Area area,
    List<String> members,
    List<String> withoutCurrent,
    List<String> withoutPrevious,
    Change raw,
    Change likeForLike) {

  public Comparison {
    Objects.requireNonNull(area, "area");
    members = List.copyOf(members);
    withoutCurrent = List.copyOf(withoutCurrent);
    withoutPrevious = List.copyOf(withoutPrevious);
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(likeForLike, "likeForLike");
  }

  /** Members with figures in both years: the agencies the like-for-like change is computed over. */
  public List<String> compared() {
    return members.stream().filter(m -> !withoutCurrent.contains(m) && !withoutPrevious.contains(m)).toList();
  }

  /**
   * A total's comparison worked out from its members' figures of each year: who lacks figures in
   * which year, and the change over those with figures in both. Used wherever a total's members'
   * figures are at hand (the release's areas, an edition's published rows of agencies).
   */
  public static Comparison of(Area area, List<String> members, Change raw, Function<String, Count> current,
      Function<String, Count> previous) {
    return new Comparison(area, members,
        members.stream().filter(m -> !current.apply(m).isAvailable()).toList(),
        members.stream().filter(m -> !previous.apply(m).isAvailable()).toList(),
        raw, overBothYears(members, current, previous));
  }

  /**
   * Whether some member lacks figures in either year, so that the total may not be called by the
   * area's name alone and its change is told like with like.
   */
  public boolean lacksAgencies() {
    return !withoutCurrent.isEmpty() || !withoutPrevious.isEmpty();
  }

  /** Members without figures in either year. */
  public List<String> withoutBoth() {
    return withoutCurrent.stream().filter(withoutPrevious::contains).toList();
  }

  /** Members with figures in one of the two years only: in a raw total, left out of the comparison. */
  public List<String> leftOut() {
    return members.stream().filter(m -> withoutCurrent.contains(m) != withoutPrevious.contains(m)).toList();
  }

  /** Members with figures in the year before but not in the year. */
  public List<String> leftOutWithoutCurrent() {
    return leftOut().stream().filter(withoutCurrent::contains).toList();
  }

  /** Members with figures in the year but not in the year before. */
  public List<String> leftOutWithoutPrevious() {
    return leftOut().stream().filter(withoutPrevious::contains).toList();
  }

  /**
   * Whether the two years' totals are made of different agencies, so that the raw change is partly
   * a change of coverage and the like-for-like change is the one to tell.
   */
  public boolean coverageDiffers() {
    return !leftOut().isEmpty();
  }

  /** Whether every member has figures in the year: the total may be called by the area's name alone. */
  public boolean complete() {
    return withoutCurrent.isEmpty();
  }

  /**
   * A figure summed over the members that have it in both years; not available when none has.
   * Agency figures add up because events never span agencies.
   */
  static Change overBothYears(List<String> members, Function<String, Count> current, Function<String, Count> previous) {
    long now = 0;
    long before = 0;
    int both = 0;
    for (String member : members) {
      Count a = current.apply(member);
      Count b = previous.apply(member);
      if (a.isAvailable() && b.isAvailable()) {
        now += a.get();
        before += b.get();
        both++;
      }
    }
    return both == 0 ? new Change(Count.notAvailable(), Count.notAvailable()) : new Change(Count.of(now), Count.of(before));
  }
}
