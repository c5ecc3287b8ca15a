package haul.publish;

import com.fasterxml.jackson.databind.JsonNode;
import haul.reference.ReferenceData;
import haul.stats.Release;
import haul.store.EditionRecord;
import haul.store.ReleaseMetadata;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Adds the bulletin ({@code bulletin.html} and its sidecar {@code bulletin.json}) to an edition. */
public final class Bulletins {

  public static final String HTML = "bulletin.html";
  public static final String JSON = "bulletin.json";

  private Bulletins() {}

  /**
   * The bulletin's text as Markdown, from its sidecar: the title, the key findings, then each
   * section's heading, paragraphs and bullets, one paragraph each (blank lines between), as
   * {@code haul check-story} reads it and the bulletin's golden file records it.
   *
   * @throws IllegalArgumentException when the JSON is not a bulletin's sidecar
   */
  public static String markdown(JsonNode sidecar) {
    if (!sidecar.isObject() || !sidecar.path("key_findings").isArray() || !sidecar.path("sections").isArray()) {
      throw new IllegalArgumentException("is not a bulletin's sidecar (" + JSON
          + ": an object with \"key_findings\" and \"sections\")");
    }
    List<String> blocks = new ArrayList<>();
    blocks.add("# " + sidecar.path("title").asText());
    blocks.add("## Key findings");
    sidecar.path("key_findings").forEach(k -> blocks.add("- " + k.asText()));
    for (JsonNode section : sidecar.path("sections")) {
      blocks.add("## " + section.path("heading").asText());
      section.path("paragraphs").forEach(p -> blocks.add(p.asText()));
      section.path("bullets").forEach(b -> blocks.add("- " + b.asText()));
    }
    return String.join("\n\n", blocks) + "\n";
  }

  /** Whether an edition file is the bulletin or its sidecar. */
  static boolean isBulletin(String name) {
    return name.equals(HTML) || name.equals(JSON);
  }

  /**
   * @param earlier the year's editions published before this one
   * @param charts the edition's charts, drawn inline
   */
  static void add(Publication publication, List<Release> releases, ReferenceData reference, EditionRecord edition,
      List<EditionRecord> earlier, Optional<ReleaseMetadata> metadata, List<ChartFile> charts) {
    List<EditionRecord> editions = new ArrayList<>(earlier.stream().filter(e -> e.number() < edition.number()).toList());
    editions.add(edition);
    Bulletin bulletin = new BulletinWriter(releases, reference)
        .write(edition, editions, metadata, charts, List.copyOf(publication.files().keySet()));
    publication.add(HTML, BulletinText.html(bulletin).getBytes(StandardCharsets.UTF_8));
    publication.add(JSON, BulletinText.json(bulletin).getBytes(StandardCharsets.UTF_8));
  }
}
