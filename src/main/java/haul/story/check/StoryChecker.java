package haul.story.check;

import haul.reference.ReferenceData;
import haul.stats.Release;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Fact-checks a story against a release (DESIGN.md "check-story"): every figure outside quotation
 * marks is read into a claim (who or where, what measure, which year, which way, what size) and
 * matched to the fact of the data it states, or reported as contradicting one (with the right
 * value), or as one haul cannot verify (saying which part of the claim it could not read);
 * quotations are reported as quoted; wording errors are flagged. Reads only the {@link Release}: no
 * store. Work and memory are linear in the text; a text over {@link #MAX_BYTES} is refused.
 */
public final class StoryChecker {

  /** The largest text checked: 2 MB of UTF-8, some 300 pages of news copy. */
  public static final int MAX_BYTES = 2 * 1024 * 1024;

  private StoryChecker() {}

  /**
   * Checks a plain-text or Markdown story (paragraphs separated by blank lines) about an agency.
   *
   * @param agencyCode the agency the story is about: "the force" means it
   * @throws IllegalArgumentException for an agency code the reference data do not know, or a text
   *     over {@link #MAX_BYTES}
   */
  public static CheckReport check(Release release, String agencyCode, String text) {
    return check(release, Optional.of(agencyCode), text, ReferenceData.bundled());
  }

  /**
   * As {@link #check(Release, String, String)}, with other reference data; with no agency the text
   * is read as a national one (England and Wales, regions, the police and Border Force as wholes),
   * such as the release's bulletin.
   */
  public static CheckReport check(Release release, Optional<String> agencyCode, String text, ReferenceData reference) {
    agencyCode.ifPresent(reference.agencies()::require);
    requireCheckable(text);
    return new StoryCheck(release, agencyCode, reference).run(text);
  }

  /** As above, with the bundled reference data. */
  public static CheckReport checkNational(Release release, String text) {
    return check(release, Optional.empty(), text, ReferenceData.bundled());
  }

  /** Refuses a text too long to check, before any work is done on it. */
  public static void requireCheckable(String text) {
    // A char is at most 3 bytes of UTF-8 (a surrogate pair, 2 chars, is 4): only a long text is measured
    if (text.length() > MAX_BYTES / 3 && text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new TextTooLongException(text.getBytes(StandardCharsets.UTF_8).length);
    }
  }
}
