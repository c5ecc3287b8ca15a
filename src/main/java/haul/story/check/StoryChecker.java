package haul.story.check;

import haul.reference.ReferenceData;
import haul.stats.Release;

/**
 * Fact-checks a story against a release (DESIGN.md "check-story"): every figure outside quotation
 * marks is matched to the fact of the data it states, or reported as contradicting one (with the
 * right value), or as one haul cannot tie to a fact; quotations are reported as quoted; wording
 * errors are flagged. Reads only the {@link Release}: no store.
 */
public final class StoryChecker {

  private StoryChecker() {}

  /**
   * Checks a plain-text or Markdown story (paragraphs separated by blank lines) about an agency.
   *
   * @param agencyCode the agency the story is about: "the force" means it
   * @throws IllegalArgumentException for an agency code the reference data do not know
   */
  public static CheckReport check(Release release, String agencyCode, String text) {
    return check(release, agencyCode, text, ReferenceData.bundled());
  }

  /** As {@link #check(Release, String, String)}, with other reference data. */
  public static CheckReport check(Release release, String agencyCode, String text, ReferenceData reference) {
    reference.agencies().require(agencyCode);
    return new StoryCheck(release, agencyCode, reference).run(text);
  }
}
