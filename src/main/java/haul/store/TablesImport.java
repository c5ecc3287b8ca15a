package haul.store;

import java.util.Objects;

/**
 * A row of the import log written by {@code haul import-tables}.
 *
 * @param rowsRead data rows of the file
 * @param accepted agency rows stored (0 when refused)
 * @param revised agency rows (a table replaced) or seizures (returns replaced) that this import replaced
 * @param detail what was loaded and what it replaced, in words
 */
public record TablesImport(
    long importId, String fileName, String sha256, long rowsRead, long accepted, long revised, String detail) {

  public TablesImport {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(detail, "detail");
  }
}
