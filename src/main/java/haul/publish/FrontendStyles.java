package haul.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * GOV.UK Frontend's compiled stylesheet, as haul uses it: haul is not a GOV.UK service, so the GDS
 * Transport font is switched off (its {@code @font-face} rules are dropped and the font stack
 * starts at Arial, as GOV.UK Frontend's own {@code $govuk-font-family} setting would) and the
 * crown's image is removed. Read once from the webjar (about 130 KB); the bulletin inlines it, so
 * the page works from a {@code file://} path, and the dashboard serves the same text.
 */
public final class FrontendStyles {

  private static final String CSS = "/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css";
  private static volatile String css;

  private FrontendStyles() {}

  public static String css() {
    String cached = css;
    if (cached == null) {
      cached = strip(read());
      css = cached;
    }
    return cached;
  }

  static String strip(String css) {
    return css.replaceAll("@font-face\\{[^}]*\\}", "")
        .replace("font-family:GDS Transport,arial,sans-serif", "font-family:arial,sans-serif")
        .replace("GDS Transport,", "")
        .replaceAll("url\\(/assets/images/govuk-crest\\.svg\\)", "none");
  }

  private static String read() {
    try (InputStream in = FrontendStyles.class.getResourceAsStream(CSS)) {
      if (in == null) {
        throw new IllegalStateException("GOV.UK Frontend's stylesheet is missing from the class path: " + CSS);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
