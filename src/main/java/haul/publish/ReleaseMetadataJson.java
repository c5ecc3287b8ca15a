package haul.publish;

import haul.json.HaulJson;
import haul.store.EditionRepository;
import haul.store.ReleaseMetadata;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A release's metadata as the manifest, the bulletin's sidecar and the API write it: the fields of
 * the metadata file, {@code release_at} with its UK offset.
 */
public final class ReleaseMetadataJson {

  private ReleaseMetadataJson() {}

  public static Map<String, Object> of(ReleaseMetadata metadata) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("title", metadata.title());
    json.put("producer", metadata.producer());
    json.put("source", metadata.sourceLine());
    json.put("contact", metadata.contactEmail());
    json.put("statistics_type", metadata.statisticsType());
    json.put("release_at", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(metadata.releaseAt().atZone(Manifest.LONDON)));
    json.put("next_release", metadata.nextRelease().toString());
    json.put("licence", metadata.licence());
    metadata.givenAttribution().ifPresent(a -> json.put("attribution", a));
    return json;
  }

  /** A data fingerprint that also covers the metadata, unchanged when there is none. */
  static String fingerprint(String dataFingerprint, Optional<ReleaseMetadata> metadata) {
    return metadata
        .map(m -> EditionRepository.sha256(dataFingerprint + "\nmetadata:" + HaulJson.compact(of(m))))
        .orElse(dataFingerprint);
  }
}
