package haul.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * How much a request may send, and the one way handlers read a body within it. Two limits:
 * <ul>
 *   <li>the server's, {@link HaulServer#MAX_BODY_BYTES} (50 MB, a large return is a few megabytes
 *       of CSV), kept by Jetty's {@link SizeLimitHandler} for every request, whether it gives a
 *       {@code Content-Length} or streams its body in chunks (Javalin's own limit reads only the
 *       header, so a chunked body had none);
 *   <li>a route's own, smaller one: a JSON request (a note, a token, a publish time) is at most
 *       {@link #JSON_BYTES}.
 * </ul>
 * Over either, the answer is 413 with the JSON error body. A body over a route's limit is read to
 * its end (bounded by the server's limit, in a small buffer, keeping nothing) before the refusal,
 * since a client refused while still sending sees a broken connection, not the 413.
 */
final class RequestBodies {

  /** A JSON request body: a note of {@link #NOTE_CHARACTERS} fits many times over. */
  static final int JSON_BYTES = 64 * 1024;

  /** A data-quality note is a paragraph: the demo's longest is about 400 characters. */
  static final int NOTE_CHARACTERS = 2_000;

  private static final String READ = "haul.body";

  private RequestBodies() {}

  /** Puts the server's limit before the servlet, so every route and every kind of body keeps it. */
  static void limitEveryRequest(ServletContextHandler context) {
    context.insertHandler(new SizeLimitHandler(HaulServer.MAX_BODY_BYTES, -1));
  }

  /**
   * The body, at most {@code limit} bytes, else 413 naming {@code what} and the limit. Read once per
   * request (a second call gives the same bytes). Costs the body's size in memory.
   */
  static byte[] read(Context ctx, int limit, String what) {
    byte[] kept = ctx.attribute(READ);
    if (kept != null) {
      return kept;
    }
    long declared = ctx.req().getContentLengthLong();
    try (InputStream in = ctx.req().getInputStream()) {
      if (declared > limit) {
        in.transferTo(OutputStream.nullOutputStream());
        throw tooLarge(what, limit);
      }
      byte[] body = in.readNBytes(limit + 1);
      if (body.length > limit) {
        in.transferTo(OutputStream.nullOutputStream());
        throw tooLarge(what, limit);
      }
      ctx.attribute(READ, body);
      return body;
    } catch (IOException e) {
      throw isSizeLimit(e) ? tooLarge("a request body", HaulServer.MAX_BODY_BYTES) : new UncheckedIOException(e);
    } catch (RuntimeException e) { // Jetty's size limit throws an unchecked HttpException
      throw isSizeLimit(e) ? tooLarge("a request body", HaulServer.MAX_BODY_BYTES) : e;
    }
  }

  /** The refusal of a body over {@code limit} bytes. */
  static ApiError tooLarge(String what, long limit) {
    return new ApiError(413, "the body is too large: " + what + " is at most " + size(limit));
  }

  /** True when Jetty's size limit ended the read (its exception, perhaps wrapped). */
  static boolean isSizeLimit(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.eclipse.jetty.http.HttpException http && http.getCode() == 413) {
        return true;
      }
    }
    return false;
  }

  static String size(long bytes) {
    return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
  }
}
