package haul.story.check;

import haul.reference.Agency;
import haul.reference.AgencyType;
import haul.reference.ReferenceData;
import haul.reference.Region;
import haul.stats.AreaYear;
import haul.stats.Release;
import haul.story.prose.ProseNumbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Claims about what a release covers that the store can contradict: a text that tells its figures
 * "without Wales", "excluding the Welsh forces" or for "England only", of a release that holds the
 * Welsh forces' figures, names a total the release does not print (its England and Wales totals
 * include them). Flagged as a wording finding on the words that say it, naming the forces held; a
 * text of a release that truly lacks a region's forces is not flagged. Any region may be left out
 * in words ("without the North East"); one pass over a paragraph.
 */
final class CoverageClaims {

  /**
   * Words that name a region other than by its name: the adjective of its forces ("the Welsh
   * forces") and a country that leaves it out ("England only" is every region but Wales).
   */
  private static final Map<String, String> FORCES_ADJECTIVE = Map.of("welsh", "Wales");
  private static final Map<String, String> COUNTRY_WITHOUT = Map.of("england", "Wales", "english", "Wales");

  private static final String LEAVING_OUT = "(?:without|excluding|except(?:\\s+for)?|not\\s+including|leaving\\s+out|but\\s+not)";

  /** Words before "excluding the North East" that make it a claim about what the figures cover. */
  private static final Pattern COVERAGE_BEFORE = Pattern.compile(
      "(?i)(?<![\\p{L}])(?:England|figures|tables|totals?|data|statistics|release|returns)(?![\\p{L}])[^.;:]*$");

  private final Release release;
  private final ReferenceData reference;
  private final Pattern claim;

  CoverageClaims(Release release, ReferenceData reference) {
    this.release = release;
    this.reference = reference;
    String regions = reference.regions().stream().map(Region::name).sorted(Comparator.comparingInt(String::length).reversed())
        .map(n -> Pattern.quote(n).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
    String adjectives = String.join("|", FORCES_ADJECTIVE.keySet());
    String countries = String.join("|", COUNTRY_WITHOUT.keySet());
    this.claim = Pattern.compile("(?i)(?<![\\p{L}])(?:"
        // "without Wales", "excluding the North East's forces"
        + LEAVING_OUT + "\\s+(?:the\\s+)?(?<region>" + regions + ")(?:['’]s)?(?:\\s+(?:police\\s+)?forces)?"
        // "excluding the Welsh forces", "the Welsh forces are missing"
        + "|" + LEAVING_OUT + "\\s+(?:the\\s+)?(?<adjective>" + adjectives + ")\\s+(?:police\\s+)?forces"
        + "|(?:the\\s+)?(?<missing>" + adjectives + ")\\s+(?:police\\s+)?forces\\s+(?:are|were)\\s+(?:missing|left\\s+out|excluded|not\\s+included)"
        // "England only", "only England", "the English forces alone"
        + "|(?<country>" + countries + ")(?:\\s+(?:police\\s+)?forces)?\\s+(?:only|alone)"
        + "|only\\s+(?:in\\s+)?(?:the\\s+)?(?<only>" + countries + ")(?:\\s+(?:police\\s+)?forces)?"
        + ")(?![\\p{L}])");
  }

  /** The wording findings of a paragraph's own words. */
  List<Finding> check(Paragraph paragraph) {
    List<Finding> findings = new ArrayList<>();
    Matcher m = claim.matcher(paragraph.unquoted());
    while (m.find()) {
      String region = m.group("region") != null ? canonical(m.group("region"))
          : m.group("adjective") != null ? FORCES_ADJECTIVE.get(lower(m.group("adjective")))
          : m.group("missing") != null ? FORCES_ADJECTIVE.get(lower(m.group("missing")))
          : COUNTRY_WITHOUT.get(lower(m.group("country") != null ? m.group("country") : m.group("only")));
      if (m.group("region") != null && !COUNTRY_WITHOUT.containsValue(region)
          && !COVERAGE_BEFORE.matcher(paragraph.unquoted().substring(Math.max(0, m.start() - 60), m.start())).find()) {
        continue; // "without London, seizures would have fallen" weighs a region; it says nothing of what the figures cover
      }
      held(region).ifPresent(truth -> {
        String words = paragraph.text().substring(m.start(), m.end());
        findings.add(new Finding(FindingKind.WORDING,
            new Span(paragraph.start() + m.start(), paragraph.start() + m.end(), paragraph.number(), words),
            Optional.empty(), Optional.of("in England and Wales"),
            "told as leaving " + region + " out, but " + truth));
      });
    }
    return findings;
  }

  /** What the release holds of a region's forces this year, when it holds any: the claim that leaves them out is wrong. */
  private Optional<String> held(String region) {
    List<Agency> forces = reference.agencies().all().stream()
        .filter(a -> a.type() == AgencyType.TERRITORIAL && a.region().equals(Optional.of(region))).toList();
    List<Agency> with = new ArrayList<>();
    long seizures = 0;
    for (Agency force : forces) {
      Optional<AreaYear> year = release.current(force.code()).filter(a -> a.seizures().isAvailable());
      if (year.isPresent()) {
        with.add(force);
        seizures += year.get().seizures().get();
      }
    }
    if (with.isEmpty()) {
      return Optional.empty();
    }
    String names = reference.agencies().fullNames(with.stream().map(Agency::code).toList());
    String of = with.size() == forces.size() ? "all " + ProseNumbers.words(forces.size()) + " forces of " + region
        : with.size() + " of the " + forces.size() + " forces of " + region;
    return Optional.of("the release holds the figures of " + of + " (" + names + ": "
        + FigureValues.seizures(seizures) + " in " + release.year().label()
        + "), and its totals for England and Wales include them");
  }

  private String canonical(String name) {
    String normal = NameScanner.normal(name);
    return reference.regions().stream().map(Region::name).filter(r -> NameScanner.normal(r).equals(normal)).findFirst()
        .orElse(name);
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
