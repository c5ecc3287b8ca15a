package haul.server;

import java.util.List;
import java.util.Optional;

/**
 * What the newsroom's templates show. Every string is escaped by the templates except the diff
 * rows, which java-diff-utils has already escaped and marked up with {@code <del>} and {@code <ins>}.
 */
public final class NewsroomPages {

  private NewsroomPages() {}

  /** The signed-in user, and the CSRF token every form of the page carries. */
  public record Signed(String name, String role, boolean admin, String csrf) {}

  public record SignIn(String csrf, Optional<String> error) {}

  /** A row of the queue. */
  public record QueueRow(
      String agencyName, String href, String status, List<String> warnings, int matched, int contradicted, int unknown,
      String decided) {}

  /** @param embargo when the edition goes public, in UK time, while it is embargoed */
  public record Queue(
      Signed user, String yearLabel, int edition, Optional<String> embargo, List<QueueRow> rows, String atomHref) {}

  /** A finding of check-story beside the paragraph it is in. */
  public record Finding(String kind, String text, String message) {}

  /** A field of the editor: the headline or a paragraph, with its findings. */
  public record Field(String name, String label, String value, List<Finding> findings) {}

  /** A version in the history. */
  public record HistoryRow(int number, String kind, String author, String at, int edition, int contradicted, int unknown,
      int matched) {}

  /** A row of the diff against the generated text: already-escaped HTML. */
  public record DiffRow(String tag, String oldHtml, String newHtml) {}

  /** Both texts, when another editor saved first. */
  public record Conflict(String theirsHeadline, List<String> theirsBody, String yoursHeadline, List<String> yoursBody) {}

  public record StoryPage(
      Signed user,
      String agencyName,
      String yearLabel,
      String action,
      int edition,
      Optional<String> embargo,
      String status,
      Optional<String> decided,
      List<String> warnings,
      Optional<String> revisionWarning,
      Optional<String> message,
      Optional<String> error,
      int baseVersion,
      String counts,
      Field headline,
      List<Field> paragraphs,
      Optional<Conflict> conflict,
      List<HistoryRow> history,
      List<DiffRow> diff,
      String ninjsHref,
      String queueHref) {}

  public record ViewRow(String at, String name, long tokenId, String year, int edition, String what) {}

  public record Admin(Signed user, List<ViewRow> views, String newsroomName, String copyrightHolder, String usageTerms,
      Optional<String> message) {}
}
