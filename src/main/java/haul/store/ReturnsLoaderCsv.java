package haul.store;

import java.io.IOException;
import java.io.Reader;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Reads a return's records for an engine without a CSV reader of its own to stage them with
 * (PostgreSQL's COPY refuses blank lines, a byte order mark and columns in any order), reading as
 * DuckDB's {@code read_csv} does: the header skipped, blank lines skipped, {@code ""} a quote
 * inside quotes, and line endings of one kind only. The whole-file checks have usually refused a
 * file that is not well-formed CSV already; what they let through but DuckDB refuses (mixed line
 * endings) is refused here too, with the same reason.
 */
final class ReturnsLoaderCsv {

  /** Receives each record's fields at the wanted positions (an empty field as empty text). */
  interface Records {
    void record(String[] fields) throws IOException;
  }

  private static final int NONE = 0;
  private static final int LF = 1;
  private static final int CRLF = 2;
  private static final int CR = 3;

  private final Reader in;
  private final char[] buffer = new char[1 << 16];
  private int length;
  private int position;

  private ReturnsLoaderCsv(Reader in) {
    this.in = in;
  }

  /**
   * Reads every record after the header.
   *
   * @return records read
   * @throws SQLException when the file is not CSV as DuckDB reads it
   */
  static long read(Reader in, int[] columnPositions, int columnCount, Records records)
      throws IOException, SQLException {
    return new ReturnsLoaderCsv(in).readAll(columnPositions, columnCount, records);
  }

  private long readAll(int[] columnPositions, int columnCount, Records records) throws IOException, SQLException {
    int[] slotOf = new int[columnCount];
    Arrays.fill(slotOf, -1);
    for (int i = 0; i < columnPositions.length; i++) {
      slotOf[columnPositions[i]] = i;
    }
    String[] fields = new String[columnPositions.length];
    StringBuilder field = new StringBuilder();
    boolean header = true;
    int lineEnding = NONE;
    long count = 0;
    long line = 1;
    int c = next();
    if (c == '\uFEFF') {
      c = next();
    }
    while (c != -1) {
      if (c == '\n' || c == '\r') {
        // a blank line: skipped
        if (c == '\r' && (c = next()) != '\n') {
          line++;
          continue;
        }
        c = next();
        line++;
        continue;
      }
      Arrays.fill(fields, "");
      int index = 0;
      while (true) {
        field.setLength(0);
        if (c == '"') {
          while (true) {
            c = next();
            if (c == -1) {
              break;
            }
            if (c == '"') {
              c = next();
              if (c != '"') {
                break;
              }
            } else if (c == '\n') {
              line++;
            }
            field.append((char) c);
          }
        }
        while (c != ',' && c != '\n' && c != '\r' && c != -1) {
          field.append((char) c);
          c = next();
        }
        if (index < columnCount && slotOf[index] >= 0) {
          fields[slotOf[index]] = field.toString();
        }
        index++;
        if (c != ',') {
          break;
        }
        c = next();
      }
      if (index != columnCount) {
        throw new SQLException("line " + line + " has " + index + " fields, the header " + columnCount);
      }
      int ending = NONE;
      if (c == '\n') {
        ending = LF;
        c = next();
      } else if (c == '\r') {
        c = next();
        if (c == '\n') {
          ending = CRLF;
          c = next();
        } else {
          ending = CR;
        }
      }
      if (ending != NONE) {
        if (lineEnding != NONE && ending != lineEnding) {
          // worded as DuckDB's reader words it, which the importer turns into its message
          throw new SQLException("CSV Error on line " + line + ": the CSV state machine reached an invalid state:"
              + " its line endings are mixed (CRLF and LF)");
        }
        lineEnding = ending;
        line++;
      }
      if (header) {
        header = false;
      } else {
        records.record(fields);
        count++;
      }
    }
    return count;
  }

  private int next() throws IOException {
    if (position == length) {
      length = in.read(buffer, 0, buffer.length);
      position = 0;
      if (length <= 0) {
        length = 0;
        return -1;
      }
    }
    return buffer[position++];
  }
}
