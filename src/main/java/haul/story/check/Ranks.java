package haul.story.check;

import haul.stats.Area;
import haul.stats.AreaType;
import haul.stats.AreaYear;
import haul.stats.Release;
import haul.stats.RegionShare;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ranks a sentence tells in words ("the highest amount of drugs was seized in London", "the
 * second-largest number of seizures"), checked against the order of the areas of the same kind by
 * their seizures this year: regions by their share of all seizures, agencies by their count. A
 * rank told with a figure of the same area ("London, 22 per cent") is part of that figure's claim:
 * a wrong rank contradicts it even when the per cent is right; a rank with no figure is a claim of
 * its own.
 */
final class Ranks {

  private static final Pattern RANK = Pattern.compile(
      "(?i)(?<![\\p{L}])the\\s+(?:(second|third|fourth|fifth)[\\s-]+)?(?:highest|largest|biggest|greatest|most)(?![\\p{L}])");
  private static final List<String> ORDINALS = List.of("", "second", "third", "fourth", "fifth");

  /** A rank in words, at offsets of the whole text. */
  record Told(int start, int end, int rank) {}

  private final Release release;

  Ranks(Release release) {
    this.release = release;
  }

  /** The ranks told in a stretch of a paragraph's own words. */
  private static final haul.reference.Agencies AGENCIES = haul.reference.ReferenceData.bundled().agencies();

  /** Words that say a rank is among the police forces or agencies, not the regions. */
  private static final Pattern FORCES = Pattern.compile("(?i)\\b(?:forces?|agenc(?:y|ies))\\b");

  static List<Told> find(Paragraph paragraph, int from, int to) {
    List<Told> told = new ArrayList<>();
    Matcher matcher = RANK.matcher(paragraph.unquoted().substring(from, to));
    while (matcher.find()) {
      int rank = matcher.group(1) == null ? 1 : ORDINALS.indexOf(matcher.group(1).toLowerCase(Locale.ROOT)) + 1;
      told.add(new Told(paragraph.start() + from + matcher.start(), paragraph.start() + from + matcher.end(), rank));
    }
    return told;
  }

  /**
   * The verdicts of a sentence with its ranks judged: a rank folded into the figure of its area, or
   * reported on its own words when the sentence gives that area no figure.
   *
   * @param areas the areas the sentence names, in order
   */
  List<Finding> judge(Paragraph paragraph, int from, int to, List<Mention> areas, List<Finding> verdicts) {
    List<Told> ranks = find(paragraph, from, to);
    if (ranks.isEmpty()) {
      return verdicts;
    }
    // once a sentence, so that many ranks and names in one sentence stay linear
    Map<String, List<Area>> orders = new HashMap<>();
    // "of any force" ranks among the agencies even where a force's code is also a region's slug
    boolean amongForces = FORCES.matcher(paragraph.unquoted().substring(from, to)).find();
    List<Mention> rankable = areas.stream()
        .filter(m -> !orders.computeIfAbsent(m.codes().iterator().next(), c -> order(c, amongForces)).isEmpty()).toList();
    Map<String, Integer> figureOf = new HashMap<>();
    for (int i = 0; i < verdicts.size(); i++) {
      Finding f = verdicts.get(i);
      if (f.kind() == FindingKind.MATCHED && f.fact().isPresent()) {
        figureOf.putIfAbsent(f.fact().get().areaCode(), i);
      }
    }
    List<Finding> judged = new ArrayList<>(verdicts);
    for (Told told : ranks) {
      // "X made 13 per cent, the largest share of any region, ahead of Y": a rank is its subject's,
      // the area named before it in the sentence, when there is one
      Optional<Mention> area = rankable.stream().filter(m -> m.end() <= told.start()).reduce((first, second) -> second)
          .or(() -> Mentions.nearest(rankable, told.start(), told.end()));
      if (area.isEmpty()) {
        continue; // "the highest amount on record": no area to rank
      }
      String code = area.get().codes().iterator().next();
      List<Area> order = orders.get(code);
      int actual = order.stream().map(Area::code).toList().indexOf(code) + 1;
      Span span = new Span(told.start(), told.end(), paragraph.number(),
          paragraph.text().substring(told.start() - paragraph.start(), told.end() - paragraph.start()));
      String name = order.get(actual - 1).name();
      String kind = order.get(0).type() == AreaType.REGION ? "regions" : "agencies";
      String truth = name + " made " + position(actual) + " number of seizures of the " + kind + " in "
          + release.year().label() + (actual == 1 ? "" : " (the highest: " + order.get(0).name() + ")");
      boolean right = actual == told.rank();
      Integer figure = figureOf.remove(code);
      if (figure != null) {
        if (!right) {
          Finding matched = judged.get(figure);
          judged.set(figure, new Finding(FindingKind.CONTRADICTED, matched.span(), matched.fact(),
              Optional.of(position(actual)), "its figure is right (" + matched.message() + "), but it is told as "
                  + words(told.rank()) + ": " + truth, matched.claim()));
        }
      } else if (order.size() > 1) {
        Claim claim = new Claim(Optional.of(code), "rank", Optional.empty(), Optional.of(release.year().label()),
            Optional.empty(), BigDecimal.valueOf(told.rank()), "rank", "none", true);
        judged.add(new Finding(right ? FindingKind.MATCHED : FindingKind.CONTRADICTED, span, Optional.empty(),
            right ? Optional.empty() : Optional.of(position(actual)), truth, Optional.of(claim)));
      }
    }
    return judged;
  }

  /** The areas of the same kind as the one given, most seizures first; empty for a total. */
  List<Area> order(String areaCode) {
    return order(areaCode, false);
  }

  /** As {@link #order(String)}; with {@code amongForces}, an agency of that code before a region of it. */
  List<Area> order(String areaCode, boolean amongForces) {
    boolean agency = release.current(areaCode).map(a -> a.area().type() == AreaType.AGENCY).orElse(false);
    Optional<RegionShare> region = release.shares().stream().filter(s -> s.region().code().equals(areaCode)).findFirst();
    if (region.isPresent() && !(amongForces && agency)) {
      return release.shares().stream().filter(s -> s.seizures().isAvailable())
          .sorted(Comparator.comparingLong((RegionShare s) -> s.seizures().get()).reversed())
          .map(RegionShare::region).toList();
    }
    if (!agency) {
      return List.of();
    }
    // "of any force" ranks the police forces, as the writer does: not the national agencies
    return release.current().stream()
        .filter(a -> a.area().type() == AreaType.AGENCY && a.seizures().isAvailable())
        .filter(a -> !amongForces || !AGENCIES.byCode(a.area().code()).map(haul.reference.Agency::isNational).orElse(false))
        .sorted(Comparator.comparingLong((AreaYear a) -> a.seizures().get()).reversed())
        .map(AreaYear::area).toList();
  }

  /** "the highest", "the second-highest": how prose names a rank. */
  static String words(int rank) {
    return rank == 1 ? "the highest" : "the " + ORDINALS.get(rank - 1) + "-highest";
  }

  /** A rank in words for any position: "the 12th-highest". */
  static String position(int rank) {
    if (rank <= ORDINALS.size()) {
      return words(rank);
    }
    int lastTwo = rank % 100;
    String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (rank % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return "the " + rank + suffix + "-highest";
  }
}
