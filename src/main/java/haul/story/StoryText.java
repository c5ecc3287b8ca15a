package haul.story;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
import haul.json.HaulJson;
import haul.page.FrontendStyles;
import haul.reference.Agency;
import haul.reference.ReferenceData;
import java.math.BigDecimal;

/**
 * The text stage: one {@link Story} as Markdown, as an HTML page (every piece of text escaped) and
 * as the JSON sidecar of DESIGN.md. All three carry the same sentences; each ends with a newline.
 */
public final class StoryText {

  private StoryText() {}

  /** What opens the comment that carries a story's warnings in its Markdown; check-story skips it. */
  public static final String WARNINGS_OPEN = "<!-- Check before publishing";

  /**
   * The headline as a level-one heading, then one paragraph per body paragraph. The sidecar's
   * warnings open the file in an HTML comment: an editor who opens the copy sees what to check (an
   * editor's read found the .md gave no hint of them), and no Markdown renderer prints them.
   */
  public static String toMarkdown(Story story) {
    StringBuilder text = new StringBuilder();
    if (!story.warnings().isEmpty()) {
      text.append(WARNINGS_OPEN).append(" (haul's warnings for the editor; not part of the story):\n");
      // "--" may not stand inside an HTML comment, and "-->" would end it early
      story.warnings().forEach(w -> text.append("- ").append(withoutDoubleHyphens(w)).append('\n'));
      text.append("-->\n\n");
    }
    text.append("# ").append(markdown(story.headline())).append("\n");
    for (String paragraph : story.body()) {
      text.append('\n').append(markdown(paragraph)).append('\n');
    }
    return text.toString();
  }

  /**
   * A complete HTML page in British English, styled as the dashboard (GOV.UK Frontend's styles,
   * inlined, so the page works from a {@code file://} path and under {@code haul serve} alike): a
   * header, the headline as {@code h1} and the paragraphs in {@code <main>}, then the ways on: the
   * agency's page on the dashboard (an absolute path, for a page that {@code haul serve} answers)
   * and the release's bulletin, which links every table and story (a relative path, for the
   * release's folder, {@code OUT/stories/} beside {@code OUT/bulletin.html}). About 130 KB, nearly
   * all of it the stylesheet.
   */
  public static String toHtml(Story story) {
    String agency = ReferenceData.bundled().agencies().byCode(story.agency()).map(Agency::fullName).orElse(story.agency());
    StringBuilder html = new StringBuilder(FrontendStyles.css().length() + 4096);
    html.append("<!DOCTYPE html>\n<html lang=\"en-GB\" class=\"govuk-template govuk-template--rebranded\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1, viewport-fit=cover\">\n")
        .append("<title>").append(html(story.headline())).append(" - haul</title>\n")
        .append("<style>\n").append(FrontendStyles.css()).append("\n</style>\n</head>\n")
        .append("<body class=\"govuk-template__body\">\n")
        .append("<a href=\"#main-content\" class=\"govuk-skip-link\">Skip to main content</a>\n")
        .append("<header class=\"govuk-header\">\n<div class=\"govuk-header__container govuk-width-container\">\n")
        .append("<div class=\"govuk-header__content\"><span class=\"govuk-header__service-name\">")
        .append("Drug seizures in England and Wales</span></div>\n</div>\n</header>\n")
        .append("<div class=\"govuk-width-container\">\n<main class=\"govuk-main-wrapper\" id=\"main-content\">\n")
        .append("<article>\n<span class=\"govuk-caption-l\">").append(html(agency)).append(", ")
        .append(html(story.year().titleProse())).append("</span>\n")
        .append("<h1 class=\"govuk-heading-xl\">").append(html(story.headline())).append("</h1>\n");
    for (String paragraph : story.body()) {
      html.append("<p class=\"govuk-body\">").append(html(paragraph)).append("</p>\n");
    }
    html.append("</article>\n<nav aria-label=\"More from this release\">\n")
        .append("<h2 class=\"govuk-heading-m\">More from this release</h2>\n<ul class=\"govuk-list\">\n")
        .append("<li><a class=\"govuk-link\" id=\"agency-page\" href=\"/agencies/").append(html(story.agency())).append("\">")
        .append(html(agency)).append("'s figures on the dashboard</a> (where haul serves the release)</li>\n")
        .append("<li><a class=\"govuk-link\" id=\"release-index\" href=\"../bulletin.html\">The statistical bulletin for ")
        .append(html(story.year().label()))
        .append("</a>, with links to every table and story (in the release's files)</li>\n")
        .append("<li><a class=\"govuk-link\" href=\"").append(html(story.agency()))
        .append(".json\">The story's facts</a>: every figure with its source (JSON)</li>\n</ul>\n</nav>\n")
        .append("</main>\n</div>\n<footer class=\"govuk-footer\">\n<div class=\"govuk-width-container\">\n")
        .append("<p class=\"govuk-body-s\">Written by haul from edition ").append(story.edition()).append(" of the ")
        .append(html(story.year().label())).append(" release.</p>\n")
        .append("</div>\n</footer>\n</body>\n</html>\n");
    return html.toString();
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

  /** The text with no "--" left: "--->" would still hold "-->" after one pass of replacing. */
  private static String withoutDoubleHyphens(String text) {
    String out = text;
    while (out.contains("--")) {
      out = out.replace("--", "- -");
    }
    return out;
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
