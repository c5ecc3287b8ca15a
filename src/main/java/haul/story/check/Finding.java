package haul.story.check;

import java.util.Objects;
import java.util.Optional;

/**
 * One conclusion of the checker.
 *
 * @param fact the fact of the release the span was tied to, when there is one
 * @param rightValue the figure as the story should write it, when the span is wrong
 * @param claim for a figure, the parts of its claim as read (and, once tied to a fact, as the data
 *     name them); empty for quotations and wording findings
 */
public record Finding(
    FindingKind kind, Span span, Optional<Fact> fact, Optional<String> rightValue, String message,
    Optional<Claim> claim) {

  public Finding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(rightValue, "rightValue");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(claim, "claim");
  }

  /** A finding about words, not a figure's claim: a quotation or a wording flag. */
  public Finding(FindingKind kind, Span span, Optional<Fact> fact, Optional<String> rightValue, String message) {
    this(kind, span, fact, rightValue, message, Optional.empty());
  }

  public int paragraph() {
    return span.paragraph();
  }
}
