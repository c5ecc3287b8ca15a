package haul.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import haul.reference.FinancialYear;
import haul.store.EditionRecord;
import haul.store.EditionRepository;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code manifest.json}: the edition, the fingerprints of its inputs, and every other file with its
 * SHA-256. It is a fixed, fingerprinted file, so it holds nothing that changes with time: the
 * edition's {@code public_at}, never its status (embargoed, public, superseded), which is the API's
 * ({@code /api/releases}) to tell at the time of asking.
 */
public final class Manifest {

  static final ZoneId LONDON = ZoneId.of("Europe/London");

  private Manifest() {}

  public static byte[] write(EditionRecord edition, Optional<EditionRecord> revises, Map<String, byte[]> files) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("year", new FinancialYear(edition.financialYearEnd()).label());
    json.put("edition", edition.number());
    json.put("created_at", edition.createdAt().toString());
    json.put("public_at", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(edition.publicAt().atZone(LONDON)));
    // A LinkedHashMap, not Map.of, whose order changes from one JVM run to the next: the same
    // edition must give the same bytes.
    json.put("revises", revises.map(r -> {
      Map<String, Object> revised = new LinkedHashMap<>();
      revised.put("year", new FinancialYear(r.financialYearEnd()).label());
      revised.put("edition", r.number());
      return revised;
    }).orElse(null));
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("data_fingerprint", edition.dataFingerprint());
    inputs.put("reference_fingerprint", edition.referenceFingerprint());
    json.put("inputs", inputs);
    List<Map<String, Object>> list = new ArrayList<>();
    files.forEach((name, bytes) -> {
      Map<String, Object> file = new LinkedHashMap<>();
      file.put("name", name);
      file.put("bytes", bytes.length);
      file.put("sha256", EditionRepository.sha256(bytes));
      list.add(file);
    });
    json.put("files", list);
    try {
      return (new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json) + "\n")
          .getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the manifest", e);
    }
  }
}
