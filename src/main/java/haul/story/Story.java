package haul.story;

import haul.reference.FinancialYear;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One agency's story for one release edition: the headline, the body paragraphs (plain text, with
 * quotations in straight double quotes), every figure it uses and what an editor should check.
 *
 * @param label the release's source line and type of statistics, when the release says them; it is
 *     also the body's last paragraph, so that it travels wherever the body goes (the demo's reads
 *     "Source: haul demo data, ... Synthetic demonstration data, not official statistics.", so no one
 *     publishes a real person's quoted words beside invented figures unlabelled)
 */
public record Story(
    String agency,
    FinancialYear year,
    int edition,
    String headline,
    List<String> body,
    List<Fact> facts,
    List<String> warnings,
    Optional<String> label) {

  public Story {
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(label, "label");
    body = List.copyOf(body);
    facts = List.copyOf(facts);
    warnings = List.copyOf(warnings);
  }

  /** A story without a label. */
  public Story(String agency, FinancialYear year, int edition, String headline, List<String> body, List<Fact> facts,
      List<String> warnings) {
    this(agency, year, edition, headline, body, facts, warnings, Optional.empty());
  }

  /** The number of words in the body, as a word processor counts them. */
  public int wordCount() {
    return body.stream().mapToInt(p -> p.isBlank() ? 0 : p.strip().split("\\s+").length).sum();
  }
}
