package haul.story;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The only source of quoted words in a story: quotes (a speaker's exact paragraphs) and reported
 * statements (the article's paraphrase, starting with its verb, with the speaker's own words in
 * double quotes), in the format of {@code seed-quotes.json}.
 *
 * @param release the financial year the bank was written for ({@code 2021/22}); empty for any
 */
public record QuoteBank(Optional<String> release, List<Quote> quotes, List<ReportedStatement> reportedStatements) {

  public QuoteBank {
    quotes = List.copyOf(quotes);
    reportedStatements = List.copyOf(reportedStatements);
  }

  /** Who speaks, as the bank names them; role, organisation and description may be absent. */
  public record Speaker(
      String name, Optional<String> role, Optional<String> organisation, Optional<String> organisationDescription) {}

  /** A speaker's exact words, one or more paragraphs. */
  public record Quote(Speaker speaker, List<String> paragraphs) {
    public Quote {
      paragraphs = List.copyOf(paragraphs);
    }
  }

  /** A predicate as the article reports it ("said the government would ..."). */
  public record ReportedStatement(Speaker speaker, String text) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record FileBank(
      String release,
      List<FileQuote> quotes,
      @JsonProperty("reported_statements") List<FileStatement> reportedStatements) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record FileQuote(
      String speaker,
      String role,
      String organisation,
      @JsonProperty("organisation_description") String organisationDescription,
      List<String> paragraphs) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record FileStatement(
      String speaker,
      String role,
      String organisation,
      @JsonProperty("organisation_description") String organisationDescription,
      String text) {}

  /**
   * Reads a quote bank file.
   *
   * @throws IllegalArgumentException saying what is wrong with the file, for the user to fix
   */
  public static QuoteBank read(Path file) {
    FileBank bank;
    try {
      bank =
          new ObjectMapper()
              .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
              .readValue(Files.readAllBytes(file), FileBank.class);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(file + ": not a quote bank: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read the quote bank: " + e.getMessage(), e);
    }
    if (bank == null) {
      throw new IllegalArgumentException(file + ": the quote bank is empty");
    }
    List<Quote> quotes = new ArrayList<>();
    int n = 0;
    for (FileQuote q : orEmpty(bank.quotes())) {
      n++;
      String where = file + ": quotes[" + n + "]";
      List<String> paragraphs = orEmpty(q.paragraphs()).stream().filter(p -> p != null && !p.isBlank()).map(String::strip).toList();
      if (paragraphs.isEmpty()) {
        throw new IllegalArgumentException(where + ": a quote needs at least one paragraph");
      }
      quotes.add(new Quote(speaker(where, q.speaker(), q.role(), q.organisation(), q.organisationDescription()), paragraphs));
    }
    List<ReportedStatement> statements = new ArrayList<>();
    n = 0;
    for (FileStatement s : orEmpty(bank.reportedStatements())) {
      n++;
      String where = file + ": reported_statements[" + n + "]";
      if (s.text() == null || s.text().isBlank()) {
        throw new IllegalArgumentException(where + ": a reported statement needs its text");
      }
      statements.add(
          new ReportedStatement(speaker(where, s.speaker(), s.role(), s.organisation(), s.organisationDescription()), s.text().strip()));
    }
    return new QuoteBank(present(bank.release()), quotes, statements);
  }

  private static Speaker speaker(String where, String name, String role, String organisation, String description) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(where + ": the speaker is missing");
    }
    return new Speaker(name.strip(), present(role), present(organisation), present(description));
  }

  private static Optional<String> present(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
