package haul.publish;

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
