package haul.ingest.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the names in a published table are compared, by the pattern rules of a mapping file
 * ({@code word}, {@code rewrite} and {@code footnote}): a name is read as a key in which letter
 * case, spacing and punctuation do not count and words written two ways ({@code &}, "and") are
 * one; an agency's key also leaves out the words that only say what kind of body it is
 * ("Police", "Constabulary", "Police Service"), so "KENT CONSTABULARY" and "Kent Police" are one
 * key. Immutable once built.
 */
final class TableNames {

  /** Which names a pattern rule applies to. */
  enum Scope {
    AGENCY,
    HEADER;

    /** A rule's {@code target_kind}: {@code agency}, {@code header}, or empty for both. */
    boolean in(String targetKind) {
      return targetKind.isBlank() || targetKind.strip().equals(name().toLowerCase(Locale.ROOT));
    }
  }

  /** A name with a footnote marker taken off its end. */
  record Stripped(String name, String marker) {}

  private record Word(Scope scope, Pattern pattern, String replacement) {}

  private record Rewrite(Scope scope, Pattern pattern, String replacement) {}

  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final int LONGEST_NAME = 200;

  private final List<Word> words = new ArrayList<>();
  private final List<Rewrite> rewrites = new ArrayList<>();
  private final List<Pattern> footnotes = new ArrayList<>();

  /**
   * Adds a {@code word} rule: {@code match} is read as {@code replacement} (an empty replacement
   * leaves it out) in names of the scopes. A match of letters and digits is a whole word or words;
   * any other match ({@code &}) is replaced wherever it stands.
   */
  void addWord(String targetKind, String match, String replacement) {
    String text = match.strip().toLowerCase(Locale.ROOT);
    if (text.isEmpty()) {
      throw new IllegalArgumentException("a word rule needs a match");
    }
    boolean wordLike = text.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == ' ');
    Pattern pattern = wordLike
        ? Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(text).replace(" ", "\\E\\s+\\Q") + "(?![\\p{L}\\p{N}])")
        : Pattern.compile(Pattern.quote(text));
    String with = " " + replacement.strip().toLowerCase(Locale.ROOT) + " ";
    for (Scope scope : Scope.values()) {
      if (scope.in(targetKind)) {
        words.add(new Word(scope, pattern, with));
      }
    }
    // Longer matches first, so that "police service" goes before "police" can leave "service".
    words.sort(Comparator.comparingInt((Word w) -> -w.pattern().pattern().length()));
  }

  /** Adds a {@code rewrite} rule: a name matching the regular expression may also be read as the replacement. */
  void addRewrite(String targetKind, String regex, String replacement) {
    Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    pattern.matcher("").replaceFirst(replacement);
    for (Scope scope : Scope.values()) {
      if (scope.in(targetKind)) {
        rewrites.add(new Rewrite(scope, pattern, replacement));
      }
    }
  }

  /** Adds a {@code footnote} rule: a regular expression for a marker at the end of a name. */
  void addFootnote(String regex) {
    footnotes.add(Pattern.compile("(?:" + regex + ")$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  }

  /** The key a name is compared by in a scope; empty when nothing is left of it. */
  String key(String name, Scope scope) {
    String text = " " + name.replace("\uFEFF", "").toLowerCase(Locale.ROOT) + " ";
    for (Word word : words) {
      if (word.scope() == scope) {
        text = word.pattern().matcher(text).replaceAll(Matcher.quoteReplacement(word.replacement()));
      }
    }
    text = NOT_LETTER_OR_DIGIT.matcher(text).replaceAll(" ");
    return SPACES.matcher(text).replaceAll(" ").strip();
  }

  /** The name as given, then each reading the rewrite rules of the scope give it. */
  List<String> readings(String name, Scope scope) {
    List<String> readings = new ArrayList<>();
    readings.add(name);
    for (Rewrite rewrite : rewrites) {
      Matcher matcher = rewrite.pattern().matcher(name);
      if (rewrite.scope() == scope && matcher.matches()) {
        readings.add(matcher.replaceFirst(rewrite.replacement()));
      }
    }
    return readings;
  }

  /**
   * The name without the last footnote marker on its end; empty when it has none, or is nothing but
   * one, or is longer than any name (200 characters: stripping costs its length per marker).
   */
  Optional<Stripped> stripFootnote(String name) {
    if (name.length() > LONGEST_NAME) {
      return Optional.empty();
    }
    for (Pattern footnote : footnotes) {
      Matcher matcher = footnote.matcher(name);
      if (matcher.find()) {
        String rest = name.substring(0, matcher.start()).stripTrailing();
        if (!rest.isEmpty() && rest.length() < name.length()) {
          return Optional.of(new Stripped(rest, name.substring(rest.length()).strip()));
        }
      }
    }
    return Optional.empty();
  }

  /** The name with every footnote marker taken off its end. */
  String withoutFootnotes(String name) {
    String text = name;
    for (Optional<Stripped> stripped = stripFootnote(text); stripped.isPresent(); stripped = stripFootnote(text)) {
      text = stripped.get().name();
    }
    return text;
  }
}
