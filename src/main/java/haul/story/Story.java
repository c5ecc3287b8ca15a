package haul.story;

import haul.reference.FinancialYear;
import java.util.List;
import java.util.Objects;

/**
 * One agency's story for one release edition: the headline, the body paragraphs (plain text, with
 * quotations in straight double quotes), every figure it uses and what an editor should check.
 */
public record Story(
    String agency,
    FinancialYear year,
    int edition,
    String headline,
    List<String> body,
    List<Fact> facts,
    List<String> warnings) {

  public Story {
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(headline, "headline");
    body = List.copyOf(body);
    facts = List.copyOf(facts);
    warnings = List.copyOf(warnings);
  }

  /** The number of words in the body, as a word processor counts them. */
  public int wordCount() {
    return body.stream().mapToInt(p -> p.isBlank() ? 0 : p.strip().split("\\s+").length).sum();
  }
}
