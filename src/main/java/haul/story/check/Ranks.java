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
      "(?i)(?<![\\p{L}])(?:the\\s+(?:(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(\\d{1,2})(?:st|nd|rd|th))"
          + "[\\s-]+)?(?:highest|largest|biggest|greatest|most|(lowest|smallest|fewest|least))"
          // "more seizures than any other force": the first
          + "|more\\s+(?:[\\p{L}-]+\\s+){0,3}?than\\s+any\\s+other)(?![\\p{L}])");
  private static final List<String> ORDINALS =
      List.of("", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");
  /** A name that is an agency's, not a region's of the same slug ("West Midlands Police"). */
  private static final Pattern AGENCY_NAME = Pattern.compile("(?i)(?<![\\p{L}])(?:police|constabulary|force)(?![\\p{L}])");

  /** What a rank orders: the number of seizures, or the change on the year before (in per cent). */
  enum Measure {
    /** "the most seizures", "the highest share": the areas by their seizures this year. */
    SEIZURES,
    /** "the largest change": by the size of the change in per cent, either way. */
    CHANGE,
    /** "the largest fall": the falls, the deepest first. */
    FALL,
    /** "the largest rise": the rises, the steepest first. */
    RISE
  }

  /** A rank in words, at offsets of the whole text. */
  /** @param lowest counted from the bottom: "the third-lowest", "the fewest" */
  record Told(int start, int end, int rank, Measure measure, boolean lowest) {}

  /** The word after a rank that says it orders changes: "the largest change", "the biggest percentage fall". */
  private static final Pattern CHANGE_WORD = Pattern.compile(
      "(?i)[\\s-]+(?:percentage\\s+|proportional\\s+)?(?:(change)|(fall|drop|decrease|decline|reduction)"
          + "|(rise|increase|growth))(?![\\p{L}])");

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
    String words = paragraph.unquoted().substring(from, to);
    Matcher matcher = RANK.matcher(words);
    while (matcher.find()) {
      int rank = matcher.group(2) != null ? Integer.parseInt(matcher.group(2))
          : matcher.group(1) == null ? 1 : ORDINALS.indexOf(matcher.group(1).toLowerCase(Locale.ROOT)) + 1;
      if (rank < 1) {
        continue; // "the 0th-highest" is no rank
      }
      Matcher change = CHANGE_WORD.matcher(words).region(matcher.end(), words.length());
      Measure measure = !change.lookingAt() ? Measure.SEIZURES
          : change.group(1) != null ? Measure.CHANGE : change.group(2) != null ? Measure.FALL : Measure.RISE;
      int end = measure == Measure.SEIZURES ? matcher.end() : change.end();
      told.add(new Told(paragraph.start() + from + matcher.start(), paragraph.start() + from + end, rank, measure,
          matcher.group(3) != null));
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
    java.util.function.Function<Mention, String> key = m -> m.codes().iterator().next()
        + (amongForces || AGENCY_NAME.matcher(paragraph.text().substring(m.start() - paragraph.start(),
            m.end() - paragraph.start())).find() ? "|forces" : "");
    List<Mention> rankable = areas.stream()
        .filter(m -> !orders.computeIfAbsent(key.apply(m), k -> order(m.codes().iterator().next(), k.endsWith("|forces")))
            .isEmpty()).toList();
    java.util.Set<Integer> folded = new java.util.HashSet<>();
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
      List<Area> sameKind = orders.get(key.apply(area.get()));
      List<Area> ordered = told.measure() == Measure.SEIZURES ? sameKind : byChange(sameKind, told.measure());
      // "the fewest seizures", "the third-lowest": the same order, read from the bottom
      List<Area> order = told.lowest() ? reversed(ordered) : ordered;
      int actual = order.stream().map(Area::code).toList().indexOf(code) + 1;
      if (actual == 0) {
        continue; // an area outside the order ranked ("Border Force's ... the highest of the four years on record"): a rank of years, not of areas
      }
      Span span = new Span(told.start(), told.end(), paragraph.number(),
          paragraph.text().substring(told.start() - paragraph.start(), told.end() - paragraph.start()));
      String name = sameKind.stream().filter(a -> a.code().equals(code)).findFirst().map(Area::name).orElse(code);
      String kind = sameKind.get(0).type() == AreaType.REGION ? "regions" : amongForces ? "police forces" : "agencies";
      String truth = flip(truth(told.measure(), name, actual, order, kind), told.lowest());
      boolean right = actual == told.rank();
      Integer figure = figureOf(verdicts, code, told.measure(), folded);
      if (figure != null) {
        if (!right) {
          Finding matched = judged.get(figure);
          judged.set(figure, new Finding(FindingKind.CONTRADICTED, matched.span(), matched.fact(),
              Optional.of(flip(said(told.measure(), actual), told.lowest())), "its figure is right (" + matched.message()
                  + "), but it is told as " + flip(said(told.measure(), told.rank()), told.lowest()) + ": " + truth,
              matched.claim()));
        }
      } else if (order.size() > 1) {
        Claim claim = new Claim(Optional.of(code), "rank", Optional.empty(), Optional.of(release.year().label()),
            Optional.empty(), BigDecimal.valueOf(told.rank()), "rank", "none", true);
        judged.add(new Finding(right ? FindingKind.MATCHED : FindingKind.CONTRADICTED, span, Optional.empty(),
            right ? Optional.empty() : Optional.of(flip(said(told.measure(), actual), told.lowest())), truth,
            Optional.of(claim)));
      }
    }
    return judged;
  }

  /**
   * The verdict a rank is part of: the first matched figure of its area not yet given a rank, a
   * change in per cent (or multiple) for a rank of changes when the sentence has one.
   */
  private static Integer figureOf(List<Finding> verdicts, String code, Measure measure, java.util.Set<Integer> folded) {
    Integer any = null;
    for (int i = 0; i < verdicts.size(); i++) {
      Finding f = verdicts.get(i);
      if (folded.contains(i) || f.kind() != FindingKind.MATCHED || f.fact().isEmpty()
          || !f.fact().get().areaCode().equals(code)) {
        continue;
      }
      boolean change = f.fact().get().measure() == haul.story.prose.FactMeasure.PERCENT_CHANGE
          || f.fact().get().measure() == haul.story.prose.FactMeasure.MULTIPLE;
      if (measure != Measure.SEIZURES && change) {
        folded.add(i);
        return i;
      }
      if (any == null) {
        any = i;
      }
    }
    if (any != null) {
      folded.add(any);
    }
    return any;
  }

  /** The areas of a kind ordered by the change in their seizures: by its size, or the falls, or the rises. */
  private List<Area> byChange(List<Area> areas, Measure measure) {
    Comparator<Map.Entry<Area, BigDecimal>> order = switch (measure) {
      case FALL -> Map.Entry.comparingByValue();
      case RISE -> Map.Entry.<Area, BigDecimal>comparingByValue().reversed();
      default -> Comparator.comparing((Map.Entry<Area, BigDecimal> e) -> e.getValue().abs()).reversed();
    };
    return areas.stream()
        .map(a -> release.seizuresChange(a.code()).percentChange().map(p -> Map.entry(a, p)))
        .flatMap(Optional::stream)
        .filter(e -> measure == Measure.CHANGE || e.getValue().signum() == (measure == Measure.FALL ? -1 : 1))
        .sorted(order)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** What the data say of an area's rank. */
  private String truth(Measure measure, String name, int actual, List<Area> order, String kind) {
    String year = release.year().label();
    if (measure == Measure.SEIZURES) {
      return name + " made " + position(actual) + " number of seizures of the " + kind + " in " + year
          + (actual == 1 ? "" : " (the highest: " + order.get(0).name() + ")");
    }
    String what = switch (measure) {
      case FALL -> "fall";
      case RISE -> "rise";
      default -> "change";
    };
    if (actual == 0) {
      return name + "'s seizures did not " + what + " in " + year;
    }
    return name + "'s seizures had " + said(measure, actual) + " of the " + kind + " in " + year
        + (actual == 1 ? "" : " (the largest: " + order.get(0).name() + ")");
  }

  private static List<Area> reversed(List<Area> order) {
    List<Area> reversed = new ArrayList<>(order);
    java.util.Collections.reverse(reversed);
    return reversed;
  }

  /** A rank's words counted from the bottom: "the third-lowest", "the smallest fall". */
  private static String flip(String said, boolean lowest) {
    return lowest ? said.replace("highest", "lowest").replace("largest", "smallest") : said;
  }

  /** A rank as prose says it: "the highest", "the 41st-highest", "the second-largest fall". */
  static String said(Measure measure, int rank) {
    if (measure == Measure.SEIZURES) {
      return position(Math.max(rank, 1));
    }
    String what = switch (measure) {
      case FALL -> " fall";
      case RISE -> " rise";
      default -> " change";
    };
    if (rank <= 0) {
      return "no" + what;
    }
    return position(rank).replace("highest", "largest") + what;
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
