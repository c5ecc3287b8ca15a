package haul.ingest.tables;

import java.util.Objects;

/**
 * A problem or a finding in a published table, where it is: the file, the row as a spreadsheet
 * numbers it (the header is row 1; 0 for the whole file) and the column as the file labels it
 * (empty for a whole row or file; several labels, comma-separated, for a check on several cells).
 */
public record TableIssue(String file, long row, String column, TableIssueCode code, String message) {

  public TableIssue {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  static TableIssue ofFile(String file, TableIssueCode code, String message) {
    return new TableIssue(file, 0, "", code, message);
  }

  /** {@code FILE:ROW: COLUMN: message}, dropping the parts that are not known. */
  public String describe() {
    StringBuilder text = new StringBuilder(file);
    if (row > 0) {
      text.append(':').append(row);
    }
    text.append(": ");
    if (!column.isEmpty()) {
      text.append(column).append(": ");
    }
    return text.append(message).toString();
  }
}
