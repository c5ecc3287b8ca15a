package haul.publish;

import com.fasterxml.jackson.databind.JsonNode;
import haul.json.HaulJson;
import haul.reference.FinancialYear;
import haul.store.ReleaseMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A release's metadata as a small JSON file ({@code haul publish --metadata FILE}):
 * <pre>{"year": "2021/22", "title": "...", "producer": "Home Office", "source": "Source: ...",
 *  "contact": "crimestats@example.gov.uk", "statistics_type": "Official statistics",
 *  "release_at": "2023-04-20T09:30", "next_release": "2024-04-18", "licence": "Open Government Licence v3.0",
 *  "attribution": "Home Office figures"}</pre>
 * {@code year} and {@code attribution} may be left out; {@code release_at} is UK time unless it has an offset. Every
 * problem is reported at once, each as {@code FILE: field: what is wrong}.
 */
public final class ReleaseMetadataFile {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final List<String> REQUIRED =
      List.of("title", "producer", "source", "contact", "statistics_type", "release_at", "next_release", "licence");
  /** Fields a file may leave out: its year, and whose figures a story says they are ("Home Office figures"). */
  private static final List<String> OPTIONAL = List.of("year", "attribution");
  private static final Set<String> KNOWN = Set.copyOf(concat(REQUIRED, OPTIONAL));

  private ReleaseMetadataFile() {}

  private static List<String> concat(List<String> list, List<String> more) {
    List<String> all = new ArrayList<>(list);
    all.addAll(more);
    return all;
  }

  /**
   * Reads a metadata file for a year.
   *
   * @throws PublishException naming the file, each field and what is wrong with it
   */
  public static ReleaseMetadata read(Path file, FinancialYear year) {
    try {
      return parse(file.toString(), Files.readAllBytes(file), year);
    } catch (IOException e) {
      throw new PublishException(file + ": cannot read release metadata: " + e.getMessage());
    }
  }

  /** Reads metadata from bytes, such as a bundled resource; {@code file} names it in messages. */
  public static ReleaseMetadata parse(String file, byte[] bytes, FinancialYear year) {
    JsonNode json;
    try {
      json = HaulJson.mapper().readTree(bytes);
    } catch (IOException e) {
      throw new PublishException(file + ": not JSON: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
    }
    if (json == null || !json.isObject()) {
      throw new PublishException(file + ": release metadata is a JSON object: {\"title\": \"...\", \"producer\": ...}");
    }
    List<String> problems = new ArrayList<>();
    for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!KNOWN.contains(name)) {
        problems.add(name + ": not a metadata field; the fields are " + String.join(", ", concat(REQUIRED, OPTIONAL)));
      }
    }
    for (String field : REQUIRED) {
      if (!json.path(field).isTextual() || json.path(field).asText().isBlank()) {
        problems.add(field + ": missing; give it as a string");
      }
    }
    if (json.has("attribution") && (!json.path("attribution").isTextual() || json.path("attribution").asText().isBlank())) {
      problems.add("attribution: give it as a string (\"Home Office figures\"), or leave it out");
    }
    if (json.has("year") && !json.path("year").asText().equals(year.label())) {
      problems.add("year: the file is for " + json.path("year").asText() + ", the release for " + year.label());
    }
    Instant releaseAt = null;
    LocalDate nextRelease = null;
    if (json.path("release_at").isTextual()) {
      releaseAt = time(json.path("release_at").asText(), problems);
    }
    if (json.path("next_release").isTextual()) {
      try {
        nextRelease = LocalDate.parse(json.path("next_release").asText());
      } catch (DateTimeParseException e) {
        problems.add("next_release: '" + json.path("next_release").asText() + "' is not a date: write 2024-04-18");
      }
    }
    if (problems.isEmpty()) {
      try {
        return new ReleaseMetadata(json.path("title").asText(), json.path("producer").asText(),
            json.path("source").asText(), json.path("contact").asText(), json.path("statistics_type").asText(),
            releaseAt, nextRelease, json.path("licence").asText(),
            json.path("attribution").isTextual() ? json.path("attribution").asText() : null);
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    throw new PublishException(String.join("\n", problems.stream().map(p -> file + ": " + p).toList()));
  }

  private static Instant time(String text, List<String> problems) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(text).atZone(LONDON).toInstant();
      } catch (DateTimeParseException e) {
        problems.add("release_at: '" + text + "' is not a time: write 2023-04-20T09:30 (UK time)");
        return null;
      }
    }
  }
}
