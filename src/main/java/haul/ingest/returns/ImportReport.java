package haul.ingest.returns;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import haul.json.HaulJson;
import java.util.List;

/**
 * What an import command did (DESIGN.md "Import report"): the CLI's {@code --format json} and the
 * API's answer. {@code accepted} counts rows loaded (0 when refused); {@code revised} counts events
 * replaced. Every error is listed, so a report of a badly broken file is as large as its problems.
 */
@JsonPropertyOrder({"files", "rows_read", "accepted", "rejected", "revised", "skipped_files", "errors"})
public record ImportReport(
    List<String> files,
    @JsonProperty("rows_read") long rowsRead,
    long accepted,
    long rejected,
    long revised,
    @JsonProperty("skipped_files") List<String> skippedFiles,
    List<ValidationError> errors) {

  private static final ObjectMapper JSON =
      HaulJson.mapper();

  public ImportReport {
    files = List.copyOf(files);
    skippedFiles = List.copyOf(skippedFiles);
    errors = List.copyOf(errors);
  }

  /** Writes the report as one line of JSON, streamed (a report of many errors is never one string). */
  public void writeJson(java.io.Writer out) throws java.io.IOException {
    JSON.writeValue(out, this);
  }

  /** The report as one line of JSON. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the import report as JSON", e);
    }
  }
}
