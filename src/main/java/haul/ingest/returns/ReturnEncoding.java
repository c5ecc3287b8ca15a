package haul.ingest.returns;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a return's bytes are when they are not UTF-8: for messages that say how to fix them. */
final class ReturnEncoding {

  private ReturnEncoding() {}

  /**
   * How a file is UTF-16, or null when it is not: a byte order mark, or (without one) a NUL byte in
   * every other position of its first bytes, which is how UTF-16 spells the letters of a header.
   * UTF-8 text never holds such NULs, so this costs one small read and never refuses a return.
   */
  static String utf16(Path path) {
    byte[] head = new byte[512];
    int n;
    try (InputStream in = Files.newInputStream(path)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      return null; // the full read says what is wrong
    }
    if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return "big-endian, with a byte order mark";
    }
    if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return "little-endian, with a byte order mark";
    }
    int pairs = n / 2;
    if (pairs < 4) {
      return null;
    }
    int evenNuls = 0;
    int oddNuls = 0;
    for (int i = 0; i + 1 < n; i += 2) {
      evenNuls += head[i] == 0 ? 1 : 0;
      oddNuls += head[i + 1] == 0 ? 1 : 0;
    }
    if (oddNuls * 10 >= pairs * 9 && evenNuls * 10 < pairs) {
      return "little-endian, without a byte order mark";
    }
    if (evenNuls * 10 >= pairs * 9 && oddNuls * 10 < pairs) {
      return "big-endian, without a byte order mark";
    }
    return null;
  }

  /**
   * The line holding the first byte that is not UTF-8, counting line feeds before it; 0 when it
   * cannot be found. Only called once a file has failed, so a second read costs nothing in the
   * usual case.
   */
  static long firstLineNotUtf8(Path path) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(1 << 16);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    long line = 1;
    try (InputStream stream = Files.newInputStream(path)) {
      boolean end = false;
      while (!end) {
        int n = stream.read(in.array(), in.position(), in.remaining());
        end = n < 0;
        if (n > 0) {
          in.position(in.position() + n);
        }
        in.flip();
        while (true) {
          int start = in.position();
          CoderResult result = decoder.decode(in, out, end);
          line += lineFeeds(in.array(), start, in.position());
          if (result.isError()) {
            return line;
          }
          if (result.isOverflow()) {
            out.clear();
            continue;
          }
          break;
        }
        if (end && in.hasRemaining()) {
          return line;
        }
        in.compact();
        out.clear();
      }
    } catch (IOException e) {
      return 0;
    }
    return 0;
  }

  private static int lineFeeds(byte[] bytes, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if (bytes[i] == '\n') {
        count++;
      }
    }
    return count;
  }

}
