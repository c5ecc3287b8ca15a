package haul.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * GOV.UK Frontend's fonts and images at {@code /assets/...}, where its compiled CSS asks for them,
 * read from the webjar. (Javalin's classpath static files need a directory entry in the jar, which
 * the webjar does not have.) The CSS and ECharts themselves come from {@code /webjars/}.
 */
final class FrontendAssets {

  static final String GOVUK = "/webjars/govuk-frontend/5.14.0/dist/govuk";
  static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.min.js";

  private static final String ROOT = "/META-INF/resources" + GOVUK + "/assets/";
  private static final Pattern PATH = Pattern.compile("(fonts|images|rebrand)(/[A-Za-z0-9_-][A-Za-z0-9._-]*)+");

  private FrontendAssets() {}

  static void register(Routes routes) {
    routes.get("/assets/<path>", FrontendAssets::serve);
  }

  private static void serve(Context ctx) {
    String path = ctx.pathParam("path");
    if (!PATH.matcher(path).matches() || path.contains("..")) {
      throw ApiError.notFound("no such asset");
    }
    try (InputStream in = FrontendAssets.class.getResourceAsStream(ROOT + path)) {
      if (in == null) {
        throw ApiError.notFound("no such asset");
      }
      byte[] bytes = in.readAllBytes();
      ctx.header("Cache-Control", "public, max-age=86400");
      ctx.contentType(typeOf(path));
      ctx.result(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String typeOf(String path) {
    if (path.endsWith(".woff2")) {
      return "font/woff2";
    } else if (path.endsWith(".woff")) {
      return "font/woff";
    } else if (path.endsWith(".svg")) {
      return "image/svg+xml";
    } else if (path.endsWith(".png")) {
      return "image/png";
    } else if (path.endsWith(".ico")) {
      return "image/x-icon";
    } else if (path.endsWith(".json")) {
      return "application/json";
    }
    return "application/octet-stream";
  }
}
