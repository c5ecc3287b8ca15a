package haul.story;

import haul.reference.ReferenceData;
import haul.stats.Note;
import haul.stats.Release;
import haul.story.check.CheckReport;
import haul.story.check.Finding;
import haul.story.check.FindingKind;
import haul.story.check.StoryChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A data-quality note's prose form for stories ({@code story_text}), checked before a story tells
 * it: check-story reads every figure in it against the release, and each must be matched to a fact
 * (it then becomes a fact of the story's ledger, so the sidecar traces it); a figure that
 * contradicts the data, or that haul cannot tie to a fact (a year the release does not hold, a
 * shorthand such as "7%"), and any wording flag, refuse the prose form. A story then quotes the
 * note's text with its attribution instead, and its sidecar says why. Costs one check of a sentence
 * or two.
 */
public final class NoteProse {

  /**
   * What the check found: the facts the prose states, or the first problem with it.
   *
   * @param problem what is wrong, naming the figure ("'8,425': ..."), when something is
   */
  record Reading(List<Fact> facts, Optional<String> problem) {
    Reading {
      facts = List.copyOf(facts);
    }
  }

  private NoteProse() {}

  /**
   * What is wrong with a note's prose form, told in a story about {@code agencyCode} (a note on one
   * agency is read as about it; a note on the whole release as national copy when no agency is given).
   *
   * @return empty when every figure in it is a fact of the release (or it has none)
   */
  public static Optional<String> problem(Release release, Optional<String> agencyCode, String storyText) {
    return read(release, agencyCode, storyText).problem();
  }

  /** The note's prose form with the facts it states, or why it cannot be told; empty without one. */
  static Optional<Reading> read(Release release, String agencyCode, Note note) {
    return note.storyText().map(text -> read(release, Optional.of(agencyCode), text));
  }

  private static Reading read(Release release, Optional<String> agencyCode, String storyText) {
    CheckReport report = StoryChecker.check(release, agencyCode, storyText, ReferenceData.bundled());
    List<Fact> facts = new ArrayList<>();
    for (Finding finding : report.findings()) {
      if (finding.kind() == FindingKind.MATCHED) {
        finding.fact().ifPresent(f -> facts.add(new Fact(finding.span().text(), f.value(), f.unit(), f.measure(), f.areaCode(),
            f.period().substring(f.period().length() - "2021/22".length()), f.drug())));
      } else if (finding.kind() != FindingKind.QUOTED) {
        return new Reading(List.of(), Optional.of("'" + finding.span().text() + "': " + finding.message()));
      }
    }
    return new Reading(facts, Optional.empty());
  }
}
