package haul.publish;

import haul.json.HaulJson;
import haul.reference.FinancialYear;
import haul.store.EditionRecord;
import haul.store.EditionRepository;
import haul.store.ReleaseMetadata;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code manifest.json}: the edition, the fingerprints of its inputs, the release's metadata and
 * every other file with its SHA-256. It is a fixed, fingerprinted file, so it holds nothing that
 * changes with time: the edition's {@code public_at}, never its status (embargoed, public,
 * superseded), which is the API's ({@code /api/releases}) to tell at the time of asking.
 */
public final class Manifest {

  static final ZoneId LONDON = ZoneId.of("Europe/London");

  private Manifest() {}

  public static byte[] write(EditionRecord edition, Optional<EditionRecord> revises, Map<String, byte[]> files) {
    return write(edition, revises, files, Optional.empty());
  }

  /** The manifest with the release's metadata as {@code "release"} (see {@link ReleaseMetadataJson}). */
  public static byte[] write(EditionRecord edition, Optional<EditionRecord> revises, Map<String, byte[]> files,
      Optional<ReleaseMetadata> metadata) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("year", new FinancialYear(edition.financialYearEnd()).label());
    json.put("edition", edition.number());
    json.put("created_at", edition.createdAt().toString());
    json.put("public_at", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(edition.publicAt().atZone(LONDON)));
    json.put("revises", revises.map(Manifest::revised).orElse(null));
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("data_fingerprint", edition.dataFingerprint());
    inputs.put("reference_fingerprint", edition.referenceFingerprint());
    json.put("inputs", inputs);
    metadata.ifPresent(m -> json.put("release", ReleaseMetadataJson.of(m)));
    List<Map<String, Object>> list = new ArrayList<>();
    files.forEach((name, bytes) -> {
      Map<String, Object> file = new LinkedHashMap<>();
      file.put("name", name);
      file.put("bytes", bytes.length);
      file.put("sha256", EditionRepository.sha256(bytes));
      list.add(file);
    });
    json.put("files", list);
    return HaulJson.document(json).getBytes(StandardCharsets.UTF_8);
  }

  /** The edition revised, keys in a fixed order (the file is fingerprinted). */
  private static Map<String, Object> revised(EditionRecord revised) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("year", new FinancialYear(revised.financialYearEnd()).label());
    json.put("edition", revised.number());
    return json;
  }
}
