package haul.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * GOV.UK Frontend's compiled stylesheet, as haul uses it: haul is not a GOV.UK service, so the GDS
 * Transport font is switched off (its {@code @font-face} rules are dropped and the font stack
 * starts at Arial, as GOV.UK Frontend's own {@code $govuk-font-family} setting would) and the
 * crown's image is removed. Two kinds of rule that only old or notched-phone browsers read are dropped
 * too, because the Nu Html Checker's CSS parser reads neither and reports each as an error where
 * the stylesheet is inlined: Internet Explorer's hacks ({@code @media screen\0}, {@code
 * (min-width:0\0)}) and the {@code @supports (margin:max(calc(0px)))} blocks that widen margins by
 * {@code env(safe-area-inset-*)} (every other browser keeps the plain margins before them). Read once from the webjar (about 130 KB); the bulletin inlines it, so
 * the page works from a {@code file://} path, the story pages too, and the dashboard serves the same text.
 *
 * <p>{@code haul.page} sits outside the pipeline stages, as {@code haul.json} does: the one house
 * style of every HTML page haul writes, from story pages up to the dashboard; it uses no stage.
 */
public final class FrontendStyles {

  private static final String CSS = "/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css";
  private static volatile String css;

  /** An {@code @media} block (one level of rules inside) whose query carries IE's {@code \0} hack. */
  private static final String IE_HACKS = "@media[^{]*\\\\0[^{]*\\{(?:[^{}]*\\{[^{}]*\\})*\\}";

  /** An {@code @supports (margin:max(calc(0px)))} or padding block: the safe-area insets. */
  private static final String SAFE_AREA = "@supports \\((?:margin|padding):max\\(calc\\(0px\\)\\)\\)\\{(?:[^{}]*\\{[^{}]*\\})*\\}";

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
        .replaceAll("/\\*! Copyright \\(c\\) 2011 by Margaret Calvert[^*]*\\*/", "") // the font's notice, without the font
        .replace("font-family:GDS Transport,arial,sans-serif", "font-family:arial,sans-serif")
        .replace("GDS Transport,", "")
        .replaceAll("url\\(/assets/images/govuk-crest\\.svg\\)", "none")
        .replaceAll(IE_HACKS, "")
        .replaceAll(SAFE_AREA, "");
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
