package haul.store;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordWrapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Reads a return's records for an engine without a CSV reader of its own to stage them with
 * (PostgreSQL's COPY refuses blank lines, a byte order mark and columns in any order), with FastCSV
 * set to read as DuckDB's {@code read_csv} does: the header skipped, blank lines skipped, {@code
 * ""} a quote inside quotes, no text after a closing quote. What the two readers would treat
 * differently (mixed line endings) the whole-file checks refuse for both engines, so both stage
 * the same records with the same numbers. Holds one record at a time.
 */
final class ReturnsLoaderCsv {

  /** Receives each record's fields at the wanted positions (an empty field as empty text). */
  interface Records {
    void record(String[] fields) throws IOException;
  }

  private ReturnsLoaderCsv() {}

  /**
   * Reads every record after the header.
   *
   * @return records read
   * @throws SQLException when the file is not CSV as DuckDB reads it (its message names the line)
   */
  static long read(Reader in, int[] columnPositions, int columnCount, Records records) throws IOException, SQLException {
    Fields fields = new Fields(columnPositions, columnCount);
    long count = 0;
    try (CsvReader<Fields> csv = CsvReader.builder()
        .fieldSeparator(',')
        .quoteCharacter('"')
        .skipEmptyLines(true)
        .ignoreDifferentFieldCount(true)
        .acceptCharsAfterQuotes(false)
        .build(fields, in)) {
      boolean header = true;
      for (Fields record : csv) {
        if (record.count != columnCount) {
          throw new SQLException("line " + record.line + " has " + record.count + " fields, the header " + columnCount);
        }
        if (header) {
          header = false;
          continue;
        }
        records.record(record.values);
        count++;
      }
    } catch (CsvParseException | UncheckedIOException e) {
      throw new SQLException("the file is not CSV as the store reads it: " + e.getMessage(), e);
    }
    return count;
  }

  /** The current record's wanted fields, kept in one reused array; FastCSV calls it per field. */
  private static final class Fields extends AbstractBaseCsvCallbackHandler<Fields> {
    private final int[] slotOf;
    final String[] values;
    long line;
    int count;

    Fields(int[] columnPositions, int columnCount) {
      slotOf = new int[columnCount];
      Arrays.fill(slotOf, -1);
      for (int i = 0; i < columnPositions.length; i++) {
        slotOf[columnPositions[i]] = i;
      }
      values = new String[columnPositions.length];
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
      line = startingLineNumber;
      count = 0;
      Arrays.fill(values, "");
    }

    @Override
    protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
      count++;
      if (fieldIdx < slotOf.length && slotOf[fieldIdx] >= 0) {
        values[slotOf[fieldIdx]] = new String(buf, offset, len);
      }
    }

    @Override
    protected RecordWrapper<Fields> buildRecord() {
      return wrapRecord(this);
    }
  }
}
