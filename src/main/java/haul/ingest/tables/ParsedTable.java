package haul.ingest.tables;

import haul.reference.FinancialYear;
import java.util.List;
import java.util.Objects;

/**
 * A published table as read from one file: its figures (one per agency row and item column, in
 * file order), what could not be mapped (errors: the file must be refused) and what the
 * consistency checks found (warnings: loaded, and reported).
 *
 * @param rowsRead data rows read (the header not counted)
 * @param agencies the codes of the agency rows, in file order
 * @param notes how the file was read where that is not plain: header errata applied, units converted
 */
public record ParsedTable(
    String fileName,
    FinancialYear year,
    TableMeasure measure,
    String sha256,
    long rowsRead,
    List<String> agencies,
    List<TableFigure> figures,
    List<TableIssue> errors,
    List<TableIssue> warnings,
    List<String> notes) {

  public ParsedTable {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(sha256, "sha256");
    agencies = List.copyOf(agencies);
    figures = List.copyOf(figures);
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
    notes = List.copyOf(notes);
  }

  public boolean refused() {
    return !errors.isEmpty();
  }

  /** Cells that were blank or "not available" (stored as NULL). */
  public long blanks() {
    return figures.stream().filter(f -> f.value().isEmpty()).count();
  }
}
