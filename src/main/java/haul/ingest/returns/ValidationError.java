package haul.ingest.returns;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One problem with a return: where it is and what is wrong.
 *
 * @param file the file's name as the user gave it
 * @param row the row as a spreadsheet numbers it (header = 1), or null for the whole file
 * @param column the column, or null when the problem is not one column's
 */
@JsonPropertyOrder({"file", "row", "column", "code", "message"})
public record ValidationError(String file, Long row, String column, ErrorCode code, String message) {

  public ValidationError {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  static ValidationError ofFile(String file, ErrorCode code, String value, String detail) {
    return new ValidationError(file, null, null, code, code.message(value, detail));
  }

  static ValidationError ofRow(String file, long row, String column, ErrorCode code, String value, String detail) {
    return new ValidationError(file, row, column, code, code.message(value, detail));
  }

  /** {@code FILE:ROW: COLUMN: message}, the form editors and terminals link to. */
  public String toLine() {
    StringBuilder line = new StringBuilder(file);
    if (row != null) {
      line.append(':').append(row);
    }
    line.append(": ");
    if (column != null) {
      line.append(column).append(": ");
    }
    return line.append(message).toString();
  }
}
