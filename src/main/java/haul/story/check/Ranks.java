package haul.story.check;

import haul.reference.Agency;
import haul.reference.AgencyType;
import haul.reference.ReferenceData;
import haul.reference.Region;
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
import java.util.stream.Collectors;

/**
 * Ranks a sentence tells in words ("the highest amount of drugs was seized in London", "the
 * 22nd-highest number of seizures", "more seizures than any other force in the South East"),
 * checked against the order of the areas ranked by their seizures this year: regions by their share
 * of all seizures, agencies among the 43 territorial forces (British Transport Police and Border
 * Force are police forces of no region and are not ranked with them, unless the words say "of any
 * agency"), and a rank scoped to a region ("the most in the North West", "the third-highest of the
 * region's forces") among that region's forces only. Areas level on the measure share a place: "the
 * 22nd-highest" is right for either of two forces tied there. A rank told with a figure of the
 * same area ("London, 22 per cent") is part of that figure's claim: a wrong rank contradicts it
 * even when the per cent is right; a rank with no figure is a claim of its own.
 *
 * <p>Over 350 lines: reading a rank's words (what it ranks among, in which region) and the orders
 * it is judged against depend on each other, and a rank's messages are written here from both.
 */
final class Ranks {

  private static final Pattern RANK = Pattern.compile(
      "(?i)(?<![\\p{L}])(?:the\\s+(?:(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(\\d{1,2})(?:st|nd|rd|th))"
          + "[\\s-]+)?(?:highest|largest|biggest|greatest|most|(lowest|smallest|fewest|least))"
          // "more seizures than any other force": the first
          + "|more\\s+(?:[\\p{L}-]+\\s+){0,3}?than\\s+any\\s+other)(?![\\p{L}])");
  private static final List<String> ORDINALS =
      List.of("", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");

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

  /** Which areas a rank's own words rank its subject among. */
  enum Among {
    /** The words do not say: a region's name ranks among the regions, an agency's among the territorial forces. */
    UNSAID,
    /** "of any force", "than any other force", "of the 43 forces". */
    FORCES,
    /** "of any agency": every agency, the national ones too. */
    AGENCIES,
    /** "of any region". */
    REGIONS
  }

  /**
   * A rank in words, at offsets of the whole text.
   *
   * @param lowest counted from the bottom: "the third-lowest", "the fewest"
   * @param scope the region the rank is scoped to ("in the North West"), at offsets of the whole
   *     text; its name empty for "the region" or "its region", which is the subject's own
   */
  record Told(int start, int end, int rank, Measure measure, boolean lowest, Among among, Optional<Scope> scope) {}

  /** A region a rank is scoped to: its words' bounds and its name (empty: the subject's own region). */
  record Scope(int start, int end, Optional<String> region) {}

  /** The word after a rank that says it orders changes: "the largest change", "the biggest percentage fall". */
  private static final Pattern CHANGE_WORD = Pattern.compile(
      "(?i)[\\s-]+(?:percentage\\s+|proportional\\s+)?(?:(change)|(fall|drop|decrease|decline|reduction)"
          + "|(rise|increase|growth))(?![\\p{L}])");

  private final Release release;
  private final ReferenceData reference;
  private final List<Region> regions;
  /** The words after a rank that say what it ranks among and in which region: see {@link #tail}. */
  private final Pattern tail;

  Ranks(Release release, ReferenceData reference) {
    this.release = release;
    this.reference = reference;
    this.regions = reference.regions();
    String names = regions.stream().map(Region::name).sorted(Comparator.comparingInt(String::length).reversed())
        .map(n -> Pattern.quote(n).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
    // "the third-highest [number of drug seizures] [of any force] [in the North West | of the region's forces]"
    this.tail = Pattern.compile("(?i)"
        + "(?:\\s+(?:number|numbers|share|shares|total|amount)(?=\\s+of(?![\\p{L}])))?"
        + "(?:(?:\\s+of(?:\\s+(?:all|the))?)?\\s+(?:drug\\s+)?seizures?(?![\\p{L}]))?"
        + "(?:\\s+made)?"
        + "(?:\\s+(?:(?:of|among|than)\\s+(?:any(?:\\s+other)?\\s+|all\\s+(?:the\\s+)?|the\\s+(?:\\d+\\s+)?)?)?"
        + "(?:((?:territorial\\s+|police\\s+)*forces?)|(agenc(?:y|ies))|(regions?(?![\\p{L}'’]))|(drugs?))(?![\\p{L}]))?"
        + "(\\s+(?:in|of|among|across|within)\\s+(?:the\\s+|its\\s+|their\\s+)?(?:(" + names + ")|(region))"
        + "(?:['’]s)?(?![\\p{L}])(?:\\s+(?:police\\s+)?forces(?![\\p{L}]))?)?");
  }

  /** The ranks told in a stretch of a paragraph's own words. */
  List<Told> find(Paragraph paragraph, int from, int to) {
    List<Told> told = new ArrayList<>();
    String words = paragraph.unquoted().substring(from, to);
    int base = paragraph.start() + from;
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
      Matcher after = tail.matcher(words).region(end, words.length());
      Among among = Among.UNSAID;
      Optional<Scope> scope = Optional.empty();
      if (after.lookingAt()) {
        if (after.group(4) != null) {
          continue; // "the largest rise of any drug": a rank among drugs, DrugRanks' to judge
        }
        among = after.group(1) != null ? Among.FORCES : after.group(2) != null ? Among.AGENCIES
            : after.group(3) != null ? Among.REGIONS : Among.UNSAID;
        if (after.group(5) != null) {
          Optional<String> region = Optional.ofNullable(after.group(6)).map(NameScanner::normal)
              .flatMap(n -> regions.stream().map(Region::name).filter(r -> NameScanner.normal(r).equals(n)).findFirst());
          scope = Optional.of(new Scope(base + after.start(5), base + after.end(5), region));
        }
      }
      told.add(new Told(base + matcher.start(), base + end, rank, measure, matcher.group(3) != null, among, scope));
    }
    return told;
  }

  /** Whether a stretch of the text is the region a rank is scoped to: not an area any figure is about. */
  static boolean inScope(List<Told> told, Mention mention) {
    return told.stream().flatMap(t -> t.scope().stream())
        .anyMatch(s -> mention.start() >= s.start() && mention.end() <= s.end());
  }

  /**
   * The verdicts of a sentence with its ranks judged: a rank folded into the figure of its area, or
   * reported on its own words when the sentence gives that area no figure.
   *
   * @param areas the areas the sentence names, in order (not the regions ranks are scoped to)
   */
  List<Finding> judge(Paragraph paragraph, int from, int to, List<Mention> areas, List<Finding> verdicts) {
    List<Told> ranks = find(paragraph, from, to);
    if (ranks.isEmpty()) {
      return verdicts;
    }
    // once a sentence, so that many ranks and names in one sentence stay linear
    Map<String, List<Ranked>> orders = new HashMap<>();
    java.util.Set<Integer> folded = new java.util.HashSet<>();
    List<Finding> judged = new ArrayList<>(verdicts);
    for (Told told : ranks) {
      // "X made 13 per cent, the largest share of any region, ahead of Y": a rank is its subject's,
      // the area named before it in the sentence, when there is one
      Optional<Mention> area = areas.stream().filter(m -> m.end() <= told.start()).reduce((first, second) -> second)
          .or(() -> Mentions.nearest(areas, told.start(), told.end()));
      if (area.isEmpty()) {
        continue; // "the highest amount on record": no area to rank
      }
      String code = area.get().codes().iterator().next();
      boolean regionNamed = isRegionName(paragraph, area.get());
      Optional<Pool> pool = pool(code, regionNamed, told);
      if (pool.isEmpty()) {
        continue; // an area outside the pool ranked ("Border Force's ... the highest of the four years on record")
      }
      List<Ranked> order = orders.computeIfAbsent(pool.get().key() + "|" + told.measure() + "|" + told.lowest(),
          k -> order(pool.get(), told.measure(), told.lowest()));
      Optional<Ranked> own = order.stream().filter(r -> r.area().code().equals(code)).findFirst();
      Span span = new Span(told.start(), told.end(), paragraph.number(),
          paragraph.text().substring(told.start() - paragraph.start(), told.end() - paragraph.start()));
      String name = pool.get().areas().stream().filter(a -> a.code().equals(code)).findFirst().map(this::name).orElse(code);
      if (own.isEmpty() && told.measure() == Measure.SEIZURES) {
        continue; // no figure of its own this year: nothing to rank
      }
      int best = own.map(r -> 1 + (int) order.stream().filter(o -> o.beats(r)).count()).orElse(0);
      int worst = own.map(r -> (int) order.stream().filter(o -> !r.beats(o)).count()).orElse(0);
      List<String> level = own.map(r -> order.stream().filter(o -> o != r && !o.beats(r) && !r.beats(o))
          .map(o -> name(o.area())).toList()).orElse(List.of());
      boolean right = best > 0 && told.rank() >= best && told.rank() <= worst;
      String truth = flip(truth(told.measure(), name, best, level, order, pool.get().kind()), told.lowest());
      Integer figure = figureOf(verdicts, code, told.measure(), folded);
      if (figure != null) {
        if (!right) {
          Finding matched = judged.get(figure);
          judged.set(figure, new Finding(FindingKind.CONTRADICTED, matched.span(), matched.fact(),
              Optional.of(flip(said(told.measure(), best), told.lowest())), "its figure is right (" + matched.message()
                  + "), but it is told as " + flip(said(told.measure(), told.rank()), told.lowest()) + ": " + truth,
              matched.claim()));
        }
      } else if (pool.get().areas().size() > 1) {
        Claim claim = new Claim(Optional.of(code), "rank", Optional.empty(), Optional.of(release.year().label()),
            Optional.empty(), BigDecimal.valueOf(told.rank()), "rank", "none", true);
        judged.add(new Finding(right ? FindingKind.MATCHED : FindingKind.CONTRADICTED, span, Optional.empty(),
            right ? Optional.empty() : Optional.of(flip(said(told.measure(), best), told.lowest())),
            right ? truth : "told as " + flip(said(told.measure(), told.rank()), told.lowest()) + ", but " + truth,
            Optional.of(claim)));
      }
    }
    return judged;
  }

  /** Whether an area's words are a region's name ("West Midlands"), not an agency's ("West Midlands Police", "the force"). */
  private boolean isRegionName(Paragraph paragraph, Mention mention) {
    String words = NameScanner.normal(paragraph.text().substring(mention.start() - paragraph.start(), mention.end() - paragraph.start()));
    return regions.stream().anyMatch(r -> NameScanner.normal(r.name()).equals(words));
  }

  /**
   * The areas a rank orders, with what the report calls them.
   *
   * @param key names the pool for the sentence's cache
   */
  private record Pool(String key, List<Area> areas, String kind) {}

  /** A ranked area with the value it is ranked by, the larger first (for a rank from the bottom, the smaller). */
  private record Ranked(Area area, BigDecimal value, boolean lowest) {
    boolean beats(Ranked other) {
      int order = value.compareTo(other.value);
      return lowest ? order < 0 : order > 0;
    }
  }

  /** The areas a rank of an area's is among, by its words and the area's kind; empty when the area is not among them. */
  private Optional<Pool> pool(String code, boolean regionNamed, Told told) {
    Optional<RegionShare> region = release.shares().stream().filter(s -> s.region().code().equals(code)).findFirst();
    Optional<Agency> agency = reference.agencies().byCode(code);
    boolean asRegion = told.among() == Among.REGIONS
        || told.among() == Among.UNSAID && regionNamed && region.isPresent()
        || agency.isEmpty();
    if (asRegion) {
      if (region.isEmpty() || told.scope().isPresent()) {
        return Optional.empty();
      }
      return Optional.of(new Pool("regions", release.shares().stream().map(RegionShare::region).toList(), "regions"));
    }
    if (told.among() == Among.AGENCIES && told.scope().isEmpty()) {
      return Optional.of(new Pool("agencies", agencies(a -> true), "agencies"));
    }
    if (told.scope().isPresent()) {
      // "the most in the North West", "of the region's forces": the forces of the region named, or of the subject's own
      Optional<String> in = told.scope().get().region().or(agency.get()::region);
      if (in.isEmpty() || !in.equals(agency.get().region())) {
        return Optional.empty(); // a force ranked in a region it is not in: not a rank this checker can judge
      }
      return Optional.of(new Pool("region:" + in.get(), agencies(a -> a.type() == AgencyType.TERRITORIAL && a.region().equals(in)),
          "police forces of " + regionWords(in.get())));
    }
    if (agency.get().type() != AgencyType.TERRITORIAL) {
      return Optional.empty(); // British Transport Police and Border Force are not ranked among the territorial forces
    }
    return Optional.of(new Pool("forces", agencies(a -> a.type() == AgencyType.TERRITORIAL), "territorial police forces"));
  }

  /** "the South East", "Wales": a region as the stories name it (the story lexicon's article). */
  private static String regionWords(String region) {
    return haul.story.Lexicon.bundled().region(region);
  }

  private List<Area> agencies(java.util.function.Predicate<Agency> which) {
    return release.current().stream()
        .filter(a -> a.area().type() == AreaType.AGENCY)
        .filter(a -> reference.agencies().byCode(a.area().code()).map(which::test).orElse(false))
        .map(AreaYear::area).toList();
  }

  /** The pool's areas with a value for the measure, the highest first (the lowest first for a rank from the bottom). */
  private List<Ranked> order(Pool pool, Measure measure, boolean lowest) {
    List<Ranked> ranked = new ArrayList<>();
    for (Area area : pool.areas()) {
      Optional<BigDecimal> value = measure == Measure.SEIZURES ? seizures(area) : change(area).flatMap(c -> switch (measure) {
        case FALL -> c.signum() < 0 ? Optional.of(c.negate()) : Optional.empty();
        case RISE -> c.signum() > 0 ? Optional.of(c) : Optional.empty();
        default -> Optional.of(c.abs());
      });
      value.ifPresent(v -> ranked.add(new Ranked(area, v, lowest)));
    }
    Comparator<Ranked> byValue = Comparator.comparing(Ranked::value);
    ranked.sort(lowest ? byValue : byValue.reversed());
    return ranked;
  }

  private Optional<BigDecimal> seizures(Area area) {
    if (area.type() == AreaType.REGION) {
      return release.shares().stream().filter(s -> s.region().equals(area) && s.seizures().isAvailable())
          .map(s -> BigDecimal.valueOf(s.seizures().get())).findFirst();
    }
    return release.current().stream().filter(a -> a.area().equals(area) && a.seizures().isAvailable())
        .map(a -> BigDecimal.valueOf(a.seizures().get())).findFirst();
  }

  /** The change in an area's seizures in per cent; a region's own, not an agency's of the same code ("west-midlands"). */
  private Optional<BigDecimal> change(Area area) {
    Optional<AreaYear> now = release.current().stream().filter(a -> a.area().equals(area)).findFirst();
    Optional<AreaYear> before = release.previous().stream().filter(a -> a.area().equals(area)).findFirst();
    if (now.isEmpty() || before.isEmpty()) {
      return Optional.empty();
    }
    return new haul.stats.Change(now.get().seizures(), before.get().seizures()).percentChange();
  }

  private String name(Area area) {
    return area.type() == AreaType.AGENCY
        ? reference.agencies().byCode(area.code()).map(Agency::fullName).orElse(area.name()) : area.name();
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

  /** What the data say of an area's rank: "Kent Police made the second-highest number of seizures of ...". */
  private String truth(Measure measure, String name, int actual, List<String> level, List<Ranked> order, String kind) {
    String year = release.year().label();
    String tied = level.isEmpty() ? "" : ", level with " + String.join(" and ", level);
    String top = actual == 1 || order.isEmpty() ? "" : " (the highest: " + name(order.get(0).area()) + ")";
    if (measure == Measure.SEIZURES) {
      return name + " made " + position(actual) + " number of seizures of the " + kind + " in " + year + tied + top;
    }
    String what = switch (measure) {
      case FALL -> "fall";
      case RISE -> "rise";
      default -> "change";
    };
    if (actual == 0) {
      return name + "'s seizures did not " + what + " in " + year;
    }
    return name + "'s seizures had " + said(measure, actual) + " of the " + kind + " in " + year + tied
        + top.replace("the highest", "the largest");
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
