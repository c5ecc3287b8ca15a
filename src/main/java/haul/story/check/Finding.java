package haul.story.check;

import java.util.Objects;
import java.util.Optional;

/**
 * One conclusion of the checker.
 *
 * @param fact the fact of the release the span was tied to, when there is one
 * @param rightValue the figure as the story should write it, when the span is wrong
 */
public record Finding(
    FindingKind kind, Span span, Optional<Fact> fact, Optional<String> rightValue, String message) {

  public Finding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(rightValue, "rightValue");
    Objects.requireNonNull(message, "message");
  }

  public int paragraph() {
    return span.paragraph();
  }
}
