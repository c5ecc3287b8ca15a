package haul.story;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import haul.json.HaulJson;
import haul.reference.AgencyType;
import haul.reference.ReferenceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The only source of quoted words in a story: quotes (a speaker's exact paragraphs) and reported
 * statements (the article's paraphrase, starting with its verb, with the speaker's own words in
 * double quotes), in the format of {@code seed-quotes.json}. Optional fields extend it: a
 * speaker's {@code honorific} for second references ("Mr"), what an entry {@code fits} (agency
 * types, topics, regions and drugs), the voice an entry {@code answers} (a reply printed directly after that voice)
 * and the bank's own {@code reaction_budget} (paragraphs of reaction a story may print). A bank without them, such as {@code seed-quotes.json}, stays valid.
 *
 * @param release the financial year the bank was written for ({@code 2021/22}); empty for any
 * @param reactionBudget the bank's own budget of reaction paragraphs; empty for the rules' default
 */
public record QuoteBank(
    Optional<String> release, List<Quote> quotes, List<ReportedStatement> reportedStatements, OptionalInt reactionBudget) {

  public QuoteBank {
    quotes = List.copyOf(quotes);
    reportedStatements = List.copyOf(reportedStatements);
  }

  public QuoteBank(Optional<String> release, List<Quote> quotes, List<ReportedStatement> reportedStatements) {
    this(release, quotes, reportedStatements, OptionalInt.empty());
  }

  /**
   * Who speaks, as the bank names them; role, organisation, description and honorific may be absent.
   *
   * @param honorific the title of a second reference ("Mr", "Dr"); without one, the surname alone
   */
  public record Speaker(
      String name, Optional<String> role, Optional<String> organisation, Optional<String> organisationDescription,
      Optional<String> honorific) {

    public Speaker(String name, Optional<String> role, Optional<String> organisation, Optional<String> organisationDescription) {
      this(name, role, organisation, organisationDescription, Optional.empty());
    }
  }

  /**
   * What an entry is about, as the bank says: the agency types it fits, its topics, the regions
   * whose agencies it fits (a regional police and crime commissioner's words) and the catalogue drugs
   * it speaks of; all empty when the bank does not say (then the story's rules judge it by its words).
   */
  public record Fits(List<AgencyType> agencyTypes, List<String> topics, List<String> regions, List<String> drugs) {
    public static final Fits UNSAID = new Fits(List.of(), List.of());

    public Fits {
      agencyTypes = List.copyOf(agencyTypes);
      topics = List.copyOf(topics);
      regions = List.copyOf(regions);
      drugs = List.copyOf(drugs);
    }

    public Fits(List<AgencyType> agencyTypes, List<String> topics) {
      this(agencyTypes, topics, List.of(), List.of());
    }
  }

  /**
   * A speaker's exact words, one or more paragraphs.
   *
   * @param answers the voice this quote answers (an organisation or a speaker of another entry), as
   *     the bank says; empty when it does not (the story's rules may still judge it a reply by its words)
   */
  public record Quote(Speaker speaker, List<String> paragraphs, Fits fits, Optional<String> answers) {
    public Quote {
      paragraphs = List.copyOf(paragraphs);
    }

    public Quote(Speaker speaker, List<String> paragraphs, Fits fits) {
      this(speaker, paragraphs, fits, Optional.empty());
    }

    public Quote(Speaker speaker, List<String> paragraphs) {
      this(speaker, paragraphs, Fits.UNSAID);
    }

    /** The same words, answering {@code voice}. */
    Quote answering(String voice) {
      return new Quote(speaker, paragraphs, fits, Optional.of(voice));
    }
  }

  /**
   * A predicate as the article reports it ("said the government would ...").
   *
   * @param answers the voice this statement answers, as for a {@link Quote}
   */
  public record ReportedStatement(Speaker speaker, String text, Fits fits, Optional<String> answers) {
    public ReportedStatement(Speaker speaker, String text, Fits fits) {
      this(speaker, text, fits, Optional.empty());
    }

    public ReportedStatement(Speaker speaker, String text) {
      this(speaker, text, Fits.UNSAID);
    }

    /** The same words, answering {@code voice}. */
    ReportedStatement answering(String voice) {
      return new ReportedStatement(speaker, text, fits, Optional.of(voice));
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record FileBank(
      String release,
      List<FileQuote> quotes,
      @JsonProperty("reported_statements") List<FileStatement> reportedStatements,
      @JsonProperty("reaction_budget") Integer reactionBudget) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record FileFits(
      @JsonProperty("agency_types") List<String> agencyTypes, List<String> topics, List<String> regions, List<String> drugs) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record FileQuote(
      String speaker,
      String role,
      String organisation,
      @JsonProperty("organisation_description") String organisationDescription,
      String honorific,
      FileFits fits,
      String answers,
      List<String> paragraphs) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record FileStatement(
      String speaker,
      String role,
      String organisation,
      @JsonProperty("organisation_description") String organisationDescription,
      String honorific,
      FileFits fits,
      String answers,
      String text) {}

  /**
   * Reads a quote bank file.
   *
   * @throws IllegalArgumentException naming the file, the entry and the field, and what is wrong,
   *     for the user to fix (never a Java class)
   */
  public static QuoteBank read(Path file) {
    FileBank bank;
    try {
      bank =
          HaulJson.mapper().readerFor(FileBank.class)
              .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
              .readValue(Files.readAllBytes(file));
    } catch (MismatchedInputException e) {
      throw new IllegalArgumentException(file + ": " + path(e) + ": expected " + expected(e.getTargetType()), e);
    } catch (JsonMappingException e) {
      throw new IllegalArgumentException(file + ": " + path(e) + ": not a value the quote bank can hold", e);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new IllegalArgumentException(file + ": not valid JSON" + where + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read the quote bank: " + e.getMessage(), e);
    }
    if (bank == null) {
      throw new IllegalArgumentException(file + ": the quote bank is empty");
    }
    if (bank.reactionBudget() != null && bank.reactionBudget() < 0) {
      throw new IllegalArgumentException(file + ": reaction_budget: a number of paragraphs, 0 or more, not " + bank.reactionBudget());
    }
    List<Quote> quotes = new ArrayList<>();
    int n = 0;
    for (FileQuote q : orEmpty(bank.quotes())) {
      n++;
      String where = file + ": quotes[" + n + "]" + named(q == null ? null : q.speaker());
      if (q == null) {
        throw new IllegalArgumentException(where + ": an entry, not null");
      }
      List<String> paragraphs = orEmpty(q.paragraphs()).stream().filter(p -> p != null && !p.isBlank()).map(String::strip).toList();
      if (paragraphs.isEmpty()) {
        throw new IllegalArgumentException(where + ": paragraphs: a quote needs at least one paragraph");
      }
      quotes.add(new Quote(speaker(where, q.speaker(), q.role(), q.organisation(), q.organisationDescription(), q.honorific()),
          paragraphs, fits(where, q.fits()), present(q.answers())));
    }
    List<ReportedStatement> statements = new ArrayList<>();
    n = 0;
    for (FileStatement s : orEmpty(bank.reportedStatements())) {
      n++;
      String where = file + ": reported_statements[" + n + "]" + named(s == null ? null : s.speaker());
      if (s == null) {
        throw new IllegalArgumentException(where + ": an entry, not null");
      }
      if (s.text() == null || s.text().isBlank()) {
        throw new IllegalArgumentException(where + ": text: a reported statement needs its text");
      }
      statements.add(new ReportedStatement(
          speaker(where, s.speaker(), s.role(), s.organisation(), s.organisationDescription(), s.honorific()), s.text().strip(),
          fits(where, s.fits()), present(s.answers())));
    }
    answered(file, quotes, statements);
    OptionalInt budget = bank.reactionBudget() == null ? OptionalInt.empty() : OptionalInt.of(bank.reactionBudget());
    return new QuoteBank(present(bank.release()), quotes, statements, budget);
  }

  /**
   * Checks that every {@code answers} names the voice of another entry: its organisation or its
   * speaker, as the bank spells them (any letter case), and not the entry's own voice.
   */
  private static void answered(Path file, List<Quote> quotes, List<ReportedStatement> statements) {
    List<Speaker> speakers = new ArrayList<>();
    statements.forEach(s -> speakers.add(s.speaker()));
    quotes.forEach(q -> speakers.add(q.speaker()));
    for (int i = 0; i < speakers.size(); i++) {
      boolean statement = i < statements.size();
      Optional<String> answers = statement ? statements.get(i).answers() : quotes.get(i - statements.size()).answers();
      if (answers.isEmpty()) {
        continue;
      }
      Speaker own = speakers.get(i);
      String voice = answers.get();
      boolean ownVoice = own.name().equalsIgnoreCase(voice) || own.organisation().filter(voice::equalsIgnoreCase).isPresent();
      boolean known = speakers.stream()
          .anyMatch(s -> s.name().equalsIgnoreCase(voice) || s.organisation().filter(voice::equalsIgnoreCase).isPresent());
      if (ownVoice || !known) {
        String where = statement ? "reported_statements[" + (i + 1) + "]" : "quotes[" + (i - statements.size() + 1) + "]";
        throw new IllegalArgumentException(file + ": " + where + named(own.name()) + ": answers: '" + voice + "' "
            + (ownVoice ? "is this entry's own voice; name the voice it answers" : "is no speaker or organisation of the bank"));
      }
    }
  }

  private static final Map<String, AgencyType> TYPES =
      java.util.Arrays.stream(AgencyType.values()).collect(Collectors.toMap(AgencyType::label, t -> t));

  private static Fits fits(String where, FileFits fits) {
    if (fits == null) {
      return Fits.UNSAID;
    }
    List<AgencyType> types = new ArrayList<>();
    for (String label : orEmpty(fits.agencyTypes())) {
      AgencyType type = label == null ? null : TYPES.get(label.strip());
      if (type == null) {
        throw new IllegalArgumentException(where + ": fits.agency_types: '" + label + "' is not an agency type; write one of "
            + String.join(", ", TYPES.keySet().stream().sorted().toList()));
      }
      types.add(type);
    }
    List<String> topics = orEmpty(fits.topics()).stream().filter(t -> t != null && !t.isBlank()).map(String::strip).toList();
    ReferenceData reference = ReferenceData.bundled();
    List<String> regions = new ArrayList<>();
    for (String region : orEmpty(fits.regions())) {
      if (region == null || reference.regions().stream().noneMatch(r -> r.name().equals(region.strip()))) {
        throw new IllegalArgumentException(where + ": fits.regions: '" + region + "' is not a region; write one of "
            + String.join(", ", reference.regions().stream().map(r -> r.name()).toList()));
      }
      regions.add(region.strip());
    }
    List<String> drugs = new ArrayList<>();
    for (String drug : orEmpty(fits.drugs())) {
      if (drug == null || reference.drugs().byName(drug.strip()).isEmpty()) {
        throw new IllegalArgumentException(where + ": fits.drugs: '" + drug + "' is not a drug of the catalogue; write it as the"
            + " tables do, such as Cocaine");
      }
      drugs.add(drug.strip());
    }
    return new Fits(types, topics, regions, drugs);
  }

  private static Speaker speaker(String where, String name, String role, String organisation, String description, String honorific) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(where + ": speaker: the speaker is missing");
    }
    return new Speaker(name.strip(), present(role), present(organisation), present(description), present(honorific));
  }

  private static String named(String speaker) {
    return speaker == null || speaker.isBlank() ? "" : " (" + speaker.strip() + ")";
  }

  /** "quotes[2].paragraphs[1]", numbered from 1 as the other messages are. */
  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex() + 1).append(']');
      }
    }
    return path.length() == 0 ? "the whole file" : path.toString();
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "another kind of value";
    }
    if (type == String.class) {
      return "text in double quotes";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "a list in square brackets";
    }
    if (type == Integer.class || type == int.class) {
      return "a whole number";
    }
    return "an object in curly brackets";
  }

  private static Optional<String> present(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
