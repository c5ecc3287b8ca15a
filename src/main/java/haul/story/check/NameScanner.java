package haul.story.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names (areas, drugs, sizes in words) in a text as whole words, case-insensitively and with
 * any run of white space between their words, the longest name winning where names overlap.
 *
 * <p>Cost: one alternation of hundreds of names tried at every character was most of the checker's
 * time on a long text; here each word start tries only the names that begin with its letter, so a
 * scan is linear in the text with a small constant.
 */
final class NameScanner {

  /** A name found, at offsets of the scanned text. */
  record Found(int start, int end, String text) {}

  private final Map<Character, Pattern> byFirstLetter = new HashMap<>();

  NameScanner(Collection<String> names) {
    Map<Character, List<String>> grouped = new HashMap<>();
    for (String name : names) {
      if (!name.isEmpty()) {
        grouped.computeIfAbsent(Character.toLowerCase(name.charAt(0)), c -> new ArrayList<>()).add(name);
      }
    }
    grouped.forEach((letter, group) -> {
      group.sort(Comparator.comparingInt(String::length).reversed());
      StringBuilder regex = new StringBuilder("(?i)(?:");
      for (int i = 0; i < group.size(); i++) {
        regex.append(i == 0 ? "" : "|").append(Pattern.quote(group.get(i)).replace(" ", "\\E\\s+\\Q"));
      }
      byFirstLetter.put(letter, Pattern.compile(regex.append(")(?![\\p{L}-])").toString()));
    });
  }

  /** Every name in the text, in order, none overlapping another. */
  List<Found> find(String text) {
    List<Found> found = new ArrayList<>();
    Map<Character, Matcher> matchers = new HashMap<>();
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '-')) {
        continue; // a name starts a word: no letter or hyphen before it
      }
      char letter = Character.toLowerCase(c);
      Pattern pattern = byFirstLetter.get(letter);
      if (pattern == null) {
        continue;
      }
      Matcher matcher = matchers.computeIfAbsent(letter, l -> pattern.matcher(text));
      matcher.region(i, length);
      matcher.useTransparentBounds(true);
      if (matcher.lookingAt()) {
        found.add(new Found(i, matcher.end(), matcher.group()));
        i = matcher.end() - 1;
      }
    }
    return found;
  }

  static String normal(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
