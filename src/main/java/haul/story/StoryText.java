package haul.story;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
import haul.json.HaulJson;
import java.math.BigDecimal;

/**
 * The text stage: one {@link Story} as Markdown, as an HTML page (every piece of text escaped) and
 * as the JSON sidecar of DESIGN.md. All three carry the same sentences; each ends with a newline.
 */
public final class StoryText {

  private StoryText() {}

  /** The headline as a level-one heading, then one paragraph per body paragraph. */
  public static String toMarkdown(Story story) {
    StringBuilder text = new StringBuilder("# ").append(markdown(story.headline())).append("\n");
    for (String paragraph : story.body()) {
      text.append('\n').append(markdown(paragraph)).append('\n');
    }
    return text.toString();
  }

  /** A complete HTML page in British English: the headline as {@code h1}, paragraphs as {@code p}. */
  public static String toHtml(Story story) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(html(story.headline()))
        .append("</title>\n</head>\n<body>\n<article>\n<h1>")
        .append(html(story.headline()))
        .append("</h1>\n");
    for (String paragraph : story.body()) {
      html.append("<p>").append(html(paragraph)).append("</p>\n");
    }
    return html.append("</article>\n</body>\n</html>\n").toString();
  }

  /** The sidecar: agency, year, edition, headline, body, facts and warnings (DESIGN.md "Story"). */
  public static String toJson(Story story) {
    ObjectNode root = HaulJson.object();
    root.put("agency", story.agency());
    root.put("year", story.year().label());
    root.put("edition", story.edition());
    root.put("headline", story.headline());
    ArrayNode body = root.putArray("body");
    story.body().forEach(body::add);
    ArrayNode facts = root.putArray("facts");
    for (Fact fact : story.facts()) {
      ObjectNode node = facts.addObject();
      node.put("text", fact.text());
      node.put("value", plain(fact.value()));
      node.put("unit", fact.unit());
      node.put("measure", fact.measure().label());
      node.put("agency", fact.agency());
      node.put("year", fact.year());
      if (fact.drug().isPresent()) {
        node.put("drug", fact.drug().get());
      } else {
        node.putNull("drug");
      }
    }
    ArrayNode warnings = root.putArray("warnings");
    story.warnings().forEach(warnings::add);
    return HaulJson.document(root);
  }

  /** 679 rather than 679.000000000: the value as a reader would write it. */
  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** Text as HTML content, escaped by jte's escaper (the one the server's templates use). */
  private static String html(String text) {
    StringOutput out = new StringOutput(text.length() + 16);
    Escape.htmlContent(text, out);
    return out.toString();
  }

  /** Escapes the characters Markdown would read as formatting, so the text prints as written. */
  private static String markdown(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>#|".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
