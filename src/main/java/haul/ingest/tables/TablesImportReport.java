package haul.ingest.tables;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code haul import-tables} did with one file: loaded (with an import id) or refused (with
 * the errors, nothing changed), plus the warnings of the checks and the notes on how it was read.
 *
 * @param year the financial year label ({@code 2015/16}); empty when it could not be told
 * @param measure {@code seizures} or {@code quantities}; empty when it could not be told
 * @param agencies agency rows stored
 * @param cells cells stored, blanks included
 * @param blanks cells stored as not available
 * @param revised agency rows of a replaced table, or seizures of replaced returns
 * @param replaced what the load replaced, in words; empty when it replaced nothing
 */
public record TablesImportReport(
    String file,
    Optional<String> year,
    Optional<String> measure,
    Optional<Long> importId,
    long rowsRead,
    long agencies,
    long cells,
    long blanks,
    long revised,
    Optional<String> replaced,
    List<TableIssue> errors,
    List<TableIssue> warnings,
    List<String> notes) {

  public TablesImportReport {
    Objects.requireNonNull(file, "file");
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
    notes = List.copyOf(notes);
  }

  public boolean loaded() {
    return importId.isPresent();
  }
}
