package haul.server;

import io.javalin.http.Context;

/**
 * Writes a read's answer with its validators: the ETag is the stored file's sha256 (with a suffix
 * per representation), so a client that holds it gets 304 and no body.
 */
final class Responses {

  static final String JSON = "application/json";
  static final String CSV = "text/csv; charset=utf-8";

  /** Latest-edition answers change when an edition goes public, so caches keep them briefly. */
  static final String CACHE_LATEST = "public, max-age=60";

  /** A numbered edition's files never change. */
  static final String CACHE_EDITION = "public, max-age=86400";

  /** Pre-release answers (admin) must never sit in a shared cache. */
  static final String CACHE_PRIVATE = "private, no-store";

  private Responses() {}

  static void send(Context ctx, byte[] body, String contentType, String etag, String cacheControl) {
    String quoted = "\"" + etag + "\"";
    ctx.header("ETag", quoted);
    ctx.header("Cache-Control", cacheControl);
    ctx.header("Vary", "Accept, Authorization");
    String ifNoneMatch = ctx.header("If-None-Match");
    if (ifNoneMatch != null && matches(ifNoneMatch, quoted)) {
      ctx.status(304);
      return;
    }
    ctx.contentType(contentType);
    ctx.result(body);
  }

  static void json(Context ctx, int status, Object body) {
    ctx.status(status);
    ctx.contentType(JSON);
    ctx.result(Json.bytes(body));
  }

  private static boolean matches(String ifNoneMatch, String quoted) {
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.strip();
      if (tag.startsWith("W/")) {
        tag = tag.substring(2);
      }
      if (tag.equals(quoted) || tag.equals("*")) {
        return true;
      }
    }
    return false;
  }

  static boolean wantsCsv(Context ctx) {
    String accept = ctx.header("Accept");
    return accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("text/csv");
  }

  static String contentTypeOf(String fileName) {
    String lower = fileName.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".ods")) {
      return "application/vnd.oasis.opendocument.spreadsheet";
    } else if (lower.endsWith(".svg")) {
      return "image/svg+xml";
    } else if (lower.endsWith(".png")) {
      return "image/png";
    } else if (lower.endsWith(".csv")) {
      return CSV;
    } else if (lower.endsWith(".json")) {
      return JSON;
    } else if (lower.endsWith(".md")) {
      return "text/markdown; charset=utf-8";
    } else if (lower.endsWith(".html")) {
      return "text/html; charset=utf-8";
    }
    return "application/octet-stream";
  }
}
