package haul.story;

import haul.reference.Agency;
import haul.reference.ReferenceData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How alike the stories of one release read (issue 12, "Variety, measured"). A paragraph's shape is
 * its text with every number replaced by one symbol and every agency, area and region name by
 * another (drug names stay); paragraphs drawn from the quote bank, and the release's label, are left out. The figures are the
 * share of the stories' own paragraphs whose shape 41 or more of the 45 stories share, the number of
 * different headline shapes, and how many stories share the most common one (27 of 45 read "Drug
 * seizures by X fall N per cent" before the headline_contrast and in-line rules). Costs one pass over
 * the text of the stories.
 *
 * @param commonShare own paragraphs whose shape at least {@code commonFrom} stories share, per cent of all own paragraphs
 * @param paragraphs own paragraphs counted
 * @param headlineShapes different headline shapes
 * @param commonFrom how many stories must share a shape for it to count as common
 * @param mostSharedHeadline how many stories share the most common headline shape
 */
public record StoryVariety(double commonShare, int paragraphs, int headlineShapes, int commonFrom, int mostSharedHeadline) {

  /** Of 45 stories, a shape that 41 or more share is the template showing through. */
  public static final int COMMON_FROM = 41;

  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*\\d|\\d");

  /** The variety of a release's stories, leaving out the paragraphs whose words come from {@code bank}. */
  public static StoryVariety measure(List<Story> stories, Optional<QuoteBank> bank) {
    List<String> names = names(ReferenceData.bundled(), Lexicon.bundled());
    List<String> bankWords = new ArrayList<>();
    bank.ifPresent(b -> {
      b.quotes().forEach(q -> bankWords.addAll(q.paragraphs()));
      b.reportedStatements().forEach(s -> bankWords.add(s.text()));
    });
    Map<String, Set<String>> storiesByShape = new HashMap<>();
    List<String> shapes = new ArrayList<>();
    Map<String, Integer> headlines = new HashMap<>();
    for (Story story : stories) {
      headlines.merge(shape(story.headline(), names), 1, Integer::sum);
      for (String paragraph : story.body()) {
        if (bankWords.stream().anyMatch(paragraph::contains) || story.label().filter(paragraph::endsWith).isPresent()) {
          // the bank's words, and the release's closing lines (its notes on how the figures were compiled,
          // its label), are no prose of the story's
          continue;
        }
        String shape = shape(paragraph, names);
        shapes.add(shape);
        storiesByShape.computeIfAbsent(shape, s -> new HashSet<>()).add(story.agency());
      }
    }
    long common = shapes.stream().filter(s -> storiesByShape.get(s).size() >= COMMON_FROM).count();
    double share = shapes.isEmpty() ? 0 : 100.0 * common / shapes.size();
    return new StoryVariety(share, shapes.size(), headlines.size(), COMMON_FROM,
        headlines.values().stream().mapToInt(Integer::intValue).max().orElse(0));
  }

  /** The paragraph with numbers as "#" and agency, area and region names as "@". */
  static String shape(String text, List<String> names) {
    String shape = text;
    for (String name : names) {
      shape = shape.replace(name, "@");
    }
    Matcher number = NUMBER.matcher(shape);
    return number.replaceAll("#");
  }

  /** Every agency, area and region name, longest first, so that "South Yorkshire Police" goes before "South Yorkshire". */
  private static List<String> names(ReferenceData reference, Lexicon lexicon) {
    Set<String> names = new HashSet<>();
    for (Agency agency : reference.agencies().all()) {
      names.add(lexicon.agencyName(agency));
      names.add(agency.fullName());
      names.add(agency.shortName());
      names.add(agency.areaName());
      agency.region().ifPresent(r -> {
        names.add(r);
        names.add(lexicon.region(r));
      });
    }
    names.removeIf(String::isBlank);
    return names.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder())).toList();
  }
}
