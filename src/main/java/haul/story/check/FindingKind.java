package haul.story.check;

/** What the checker concluded about one place in a story. */
public enum FindingKind {
  /** A figure the data give, as prose rounds it. */
  MATCHED,
  /** A figure, or the direction told with it, that the data contradict; the right value is given. */
  CONTRADICTED,
  /** A figure haul cannot tie to one fact of the release. */
  UNKNOWN,
  /** Words inside quotation marks: the speaker's, not checked as the story's claim. */
  QUOTED,
  /** A wording error the story generator avoids; never changes the exit code. */
  WORDING
}
