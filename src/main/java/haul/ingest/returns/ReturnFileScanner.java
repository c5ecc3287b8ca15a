package haul.ingest.returns;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordWrapper;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * The whole-file checks of a return, in one streaming pass that holds one record at a time: strict
 * UTF-8 (a BOM is accepted), the header's columns, the same number of fields in every row, no
 * field over {@link #MAX_FIELD_CHARS}, and the line each record starts on where it is not simply
 * its index + 2 (a quoted field with a line break, a blank line). It also hashes the bytes.
 *
 * <p>Costs one read of the file; fields are never turned into strings, except the header's.
 *
 * <p>Over 350 lines because the one pass is the point: the record-shape handler FastCSV calls,
 * the byte counter that also notes line endings, and the mapping of each reader failure to its
 * message all see the same stream; split apart they would each read the file again.
 */
final class ReturnFileScanner {

  /** A field longer than this is not a return: 64 KiB of characters. */
  static final int MAX_FIELD_CHARS = 64 * 1024;

  private static final int PROGRESS_STEP = 1 << 20;

  /** What a scan found: the file, or the one problem that refuses it. */
  record Result(ScannedFile file, ValidationError error) {}

  private ReturnFileScanner() {}

  static Result scan(String name, Path path, LongConsumer progress) {
    return read(name, path, progress, false);
  }

  /**
   * Reads only the header: where each column is. The file's rows, hash and shifts are left for
   * {@link #scan}; a result's {@code rows} is -1.
   */
  static Result header(String name, Path path) {
    return read(name, path, bytes -> {}, true);
  }

  private static Result read(String name, Path path, LongConsumer progress, boolean headerOnly) {
    if (!Files.exists(path)) {
      return failed(name, ErrorCode.FILE_NOT_FOUND, null, null);
    }
    if (Files.isDirectory(path)) {
      return failed(name, ErrorCode.FILE_UNREADABLE, null, "it is a folder");
    }
    String utf16 = ReturnEncoding.utf16(path);
    if (utf16 != null) {
      return failed(name, ErrorCode.UTF16, null, utf16);
    }
    MessageDigest sha256 = sha256();
    RecordShape shape = new RecordShape();
    long[] bytes = new long[1];
    ProgressStream counted = null;
    try (InputStream in = new DigestInputStream(
            counted = new ProgressStream(Files.newInputStream(path), progress, bytes), sha256);
        Reader reader = new InputStreamReader(
            in,
            StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        CsvReader<RecordShape> csv = CsvReader.builder()
            .fieldSeparator(',')
            .quoteCharacter('"')
            .skipEmptyLines(true)
            .ignoreDifferentFieldCount(true)
            .acceptCharsAfterQuotes(false)
            .build(shape, reader)) {
      return new Walk(name, path, shape, counted).run(csv, sha256, headerOnly);
    } catch (NoSuchFileException e) {
      return failed(name, ErrorCode.FILE_NOT_FOUND, null, null);
    } catch (AccessDeniedException e) {
      return failed(name, ErrorCode.FILE_UNREADABLE, null, "permission denied");
    } catch (CharacterCodingException e) {
      return notUtf8(name, path);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        return notUtf8(name, path);
      }
      return failed(name, ErrorCode.FILE_UNREADABLE, null, String.valueOf(e.getCause().getMessage()));
    } catch (CsvParseException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        return notUtf8(name, path);
      }
      if (e.getCause() instanceof IOException io) {
        return failed(name, ErrorCode.FILE_UNREADABLE, null, String.valueOf(io.getMessage()));
      }
      if (e.getCause() instanceof CsvParseException inner && String.valueOf(inner.getMessage()).contains("buffer size")) {
        // FastCSV gives up on a field of 16 M characters: far over our own limit
        return rowFailed(name, shape.line, ErrorCode.FIELD_TOO_LONG, "over 16,000,000", String.valueOf(MAX_FIELD_CHARS));
      }
      return failed(name, ErrorCode.MALFORMED_CSV, null, describe(e, shape));
    } catch (IOException e) {
      return failed(name, ErrorCode.FILE_UNREADABLE, null, String.valueOf(e.getMessage()));
    }
  }

  /** Reads record after record, checking the shape of each. */
  private static final class Walk {
    private final String name;
    private final Path path;
    private final RecordShape shape;
    private final ProgressStream bytes;

    Walk(String name, Path path, RecordShape shape, ProgressStream bytes) {
      this.name = name;
      this.path = path;
      this.shape = shape;
      this.bytes = bytes;
    }

    Result run(CsvReader<RecordShape> csv, MessageDigest sha256, boolean headerOnly) {
      var records = csv.iterator();
      if (!records.hasNext()) {
        return failed(name, ErrorCode.EMPTY_FILE, null, ReturnColumns.HEADER);
      }
      records.next();
      // FastCSV skips empty lines; a line of spaces is a record of one blank field
      while (shape.fields == 1 && shape.header.size() == 1 && shape.header.get(0).isEmpty() && records.hasNext()) {
        shape.header.clear();
        records.next();
      }
      if (shape.longestField > MAX_FIELD_CHARS) {
        return tooLong(shape.line);
      }
      List<String> header = shape.header;
      if (header.size() == 1 && header.get(0).isEmpty()) {
        return failed(name, ErrorCode.EMPTY_FILE, null, ReturnColumns.HEADER);
      }
      if (shape.line > 1) {
        long blank = shape.line - 1;
        return rowFailed(name, shape.line, ErrorCode.BLANK_LINES_BEFORE_HEADER, String.valueOf(shape.line),
            blank == 1 ? "1 blank line" : blank + " blank lines");
      }
      if (shape.nulField >= 0) {
        return nul(1, null);
      }
      int[] positions = new int[ReturnColumns.NAMES.size()];
      for (int i = 0; i < positions.length; i++) {
        String column = ReturnColumns.NAMES.get(i);
        positions[i] = header.indexOf(column);
        if (positions[i] < 0) {
          return rowFailed(name, shape.line, ErrorCode.MISSING_COLUMN, column, ReturnColumns.HEADER);
        }
        if (header.lastIndexOf(column) != positions[i]) {
          return rowFailed(name, shape.line, ErrorCode.DUPLICATE_COLUMN, column, null);
        }
      }
      int columnCount = header.size();
      List<String> names = List.copyOf(header);
      shape.header = null;
      if (headerOnly) {
        return new Result(new ScannedFile(name, path, null, -1, positions, columnCount, new long[0], new long[0]), null);
      }
      long rows = 0;
      long offset = shape.line - 1;
      LongList shiftFrom = new LongList();
      LongList shiftOffset = new LongList();
      if (offset != 0) {
        // blank lines before the header shift every row after it
        shiftFrom.add(1);
        shiftOffset.add(offset);
      }
      while (records.hasNext()) {
        records.next();
        rows++;
        if (shape.fields != columnCount) {
          return rowFailed(name, shape.line, ErrorCode.RAGGED_ROW, String.valueOf(shape.fields), String.valueOf(columnCount));
        }
        if (shape.longestField > MAX_FIELD_CHARS) {
          return tooLong(shape.line);
        }
        if (shape.nulField >= 0) {
          return nul(shape.line, names.get(shape.nulField));
        }
        long recordOffset = shape.line - (rows + 1);
        if (recordOffset != offset) {
          shiftFrom.add(rows);
          shiftOffset.add(recordOffset);
          offset = recordOffset;
        }
      }
      if (rows == 0) {
        return failed(name, ErrorCode.NO_ROWS, null, null);
      }
      if (bytes.mixedLineEndings()) {
        // DuckDB's reader refuses them and FastCSV does not: refused here, for both engines alike
        return failed(name, ErrorCode.MALFORMED_CSV, null,
            "its line endings are mixed (CRLF and LF) or its quotes do not pair up");
      }
      return new Result(
          new ScannedFile(
              name, path, HexFormat.of().formatHex(sha256.digest()), rows, positions, columnCount,
              shiftFrom.toArray(), shiftOffset.toArray()),
          null);
    }

    private Result nul(long line, String column) {
      return new Result(null, new ValidationError(name, line, column, ErrorCode.NUL_CHARACTER,
          ErrorCode.NUL_CHARACTER.message(shape.nulValue, null)));
    }

    private Result tooLong(long line) {
      return rowFailed(name, line, ErrorCode.FIELD_TOO_LONG, String.valueOf(shape.longestField),
          String.valueOf(MAX_FIELD_CHARS));
    }
  }

  /**
   * Keeps only the shape of the current record (its line, field count, longest field), plus the
   * header's names; FastCSV calls it for every field.
   */
  private static final class RecordShape extends AbstractBaseCsvCallbackHandler<RecordShape> {
    List<String> header = new ArrayList<>();
    long line;
    int fields;
    int longestField;
    /** The first field of the record holding a NUL, and its text; -1 when none does. */
    int nulField = -1;
    String nulValue;

    @Override
    protected void handleBegin(long startingLineNumber) {
      line = startingLineNumber;
      fields = 0;
      longestField = 0;
    }

    @Override
    protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
      fields++;
      longestField = Math.max(longestField, len);
      if (nulField < 0 && len <= MAX_FIELD_CHARS) {
        for (int i = offset, end = offset + len; i < end; i++) {
          if (buf[i] == '\0') {
            nulField = fieldIdx;
            nulValue = new String(buf, offset, len);
            break;
          }
        }
      }
      if (header != null && header.size() == fieldIdx && len <= MAX_FIELD_CHARS) {
        String name = new String(buf, offset, len);
        if (fieldIdx == 0 && name.startsWith("\uFEFF")) {
          name = name.substring(1);
        }
        header.add(name.strip().toLowerCase(Locale.ROOT));
      }
    }

    @Override
    protected RecordWrapper<RecordShape> buildRecord() {
      return wrapRecord(this);
    }
  }

  /**
   * Counts bytes for the progress callback, and notes which line endings end records (outside
   * double quotes: an odd number of quotes so far): LF, CRLF or a lone CR.
   */
  private static final class ProgressStream extends FilterInputStream {
    private static final int LF = 1;
    private static final int CRLF = 2;
    private static final int CR = 4;

    private final LongConsumer progress;
    private final long[] total;
    private long reported;
    private boolean inQuotes;
    private boolean pendingCr;
    private int endings;

    ProgressStream(InputStream in, LongConsumer progress, long[] total) {
      super(in);
      this.progress = progress;
      this.total = total;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        note((byte) b);
        advance(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      for (int i = off; i < off + n; i++) {
        note(b[i]);
      }
      if (n > 0) {
        advance(n);
      }
      return n;
    }

    private void note(byte b) {
      if (pendingCr) {
        pendingCr = false;
        if (b == '\n') {
          endings |= CRLF;
          return;
        }
        endings |= CR;
      }
      if (b == '"') {
        inQuotes = !inQuotes;
      } else if (!inQuotes) {
        if (b == '\n') {
          endings |= LF;
        } else if (b == '\r') {
          pendingCr = true;
        }
      }
    }

    /** Whether records end in more than one way; call after the last byte is read. */
    boolean mixedLineEndings() {
      return Integer.bitCount(endings | (pendingCr ? CR : 0)) > 1;
    }

    private void advance(int n) {
      total[0] += n;
      if (total[0] - reported >= PROGRESS_STEP) {
        progress.accept(total[0] - reported);
        reported = total[0];
      }
    }

    @Override
    public void close() throws IOException {
      if (total[0] > reported) {
        progress.accept(total[0] - reported);
        reported = total[0];
      }
      super.close();
    }
  }

  /** A growable array of longs: the row shifts of a file, usually empty. */
  private static final class LongList {
    private long[] values = new long[4];
    private int size;

    void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    long[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }

  private static Result notUtf8(String name, Path path) {
    long line = ReturnEncoding.firstLineNotUtf8(path);
    return failed(name, ErrorCode.NOT_UTF8, null, line > 0 ? "on line " + line : "");
  }

  /**
   * FastCSV's reason, without its wrapper ("Exception when reading record that started in line
   * 2"): the innermost cause says what is wrong, such as a character after a closing quote.
   */
  private static String describe(CsvParseException e, RecordShape shape) {
    Throwable reason = e;
    while (reason.getCause() != null && reason.getCause().getMessage() != null) {
      reason = reason.getCause();
    }
    String message = String.valueOf(reason.getMessage());
    if (!message.isEmpty()) {
      message = Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
    return message + (shape.line > 0 ? " (near line " + shape.line + ")" : "");
  }

  private static Result failed(String name, ErrorCode code, String value, String detail) {
    return new Result(null, ValidationError.ofFile(name, code, value, detail));
  }

  private static Result rowFailed(String name, long row, ErrorCode code, String value, String detail) {
    return new Result(null, new ValidationError(name, row, null, code, code.message(value, detail)));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
