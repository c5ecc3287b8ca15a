package haul.publish;

import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
import haul.json.HaulJson;
import haul.page.FrontendStyles;
import haul.store.ReleaseMetadata;
import haul.story.Fact;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bulletin as {@code bulletin.html}, a self-contained page in GOV.UK Frontend's styles (the
 * stylesheet inlined, no crown, no GDS Transport: it works from a {@code file://} path and under
 * {@code haul serve}), and as {@code bulletin.json}, its sidecar of text and facts. Every piece of
 * text is escaped by jte's HTML escaper; links are relative to the edition's folder.
 */
final class BulletinText {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private BulletinText() {}

  private static String e(String text) {
    StringOutput out = new StringOutput();
    Escape.htmlContent(text, out);
    return out.toString();
  }

  private static String a(String text) {
    StringOutput out = new StringOutput();
    Escape.htmlAttribute(text, out);
    return out.toString();
  }

  static String html(Bulletin bulletin) {
    StringBuilder h = new StringBuilder(200_000);
    h.append("<!DOCTYPE html>\n<html lang=\"en-GB\" class=\"govuk-template\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(e(bulletin.title())).append("</title>\n<style>\n").append(FrontendStyles.css())
        .append("\n.haul-chart svg{max-width:100%;height:auto}\n</style>\n</head>\n")
        .append("<body class=\"govuk-template__body\">\n")
        .append("<a href=\"#main-content\" class=\"govuk-skip-link\">Skip to main content</a>\n")
        .append("<header class=\"govuk-header\"><div class=\"govuk-header__container govuk-width-container\">")
        .append("<span class=\"govuk-header__service-name\">Drug seizures in England and Wales</span></div></header>\n")
        .append("<div class=\"govuk-width-container\">\n<main class=\"govuk-main-wrapper\" id=\"main-content\">\n")
        .append("<span class=\"govuk-caption-l\">")
        .append(e(bulletin.metadata().map(ReleaseMetadata::statisticsType).orElse("Statistics"))).append("</span>\n")
        .append("<h1 class=\"govuk-heading-xl\">").append(e(bulletin.title())).append("</h1>\n");
    h.append("<dl class=\"govuk-summary-list\">\n");
    row(h, "Published", bulletin.published() + " (UK time), edition " + bulletin.edition());
    bulletin.metadata().ifPresent(m -> {
      row(h, "Next release", DAY.format(m.nextRelease()));
      row(h, "Produced by", m.producer());
    });
    h.append("</dl>\n");
    h.append("<h2 class=\"govuk-heading-l\" id=\"key-findings\">Key findings</h2>\n<ul class=\"govuk-list govuk-list--bullet\">\n");
    bulletin.keyFindings().forEach(k -> h.append("<li>").append(e(k)).append("</li>\n"));
    h.append("</ul>\n<nav aria-labelledby=\"contents-heading\"><h2 class=\"govuk-heading-m\" id=\"contents-heading\">Contents</h2>")
        .append("<ol class=\"govuk-list govuk-list--number\">\n");
    bulletin.sections().forEach(s -> h.append("<li><a class=\"govuk-link\" href=\"#").append(a(s.id())).append("\">")
        .append(e(s.heading())).append("</a></li>\n"));
    h.append("<li><a class=\"govuk-link\" href=\"#downloads\">Tables, workbook and stories</a></li>\n</ol></nav>\n");
    for (Bulletin.Section section : bulletin.sections()) {
      h.append("<section aria-labelledby=\"").append(a(section.id())).append("\">\n<h2 class=\"govuk-heading-l\" id=\"")
          .append(a(section.id())).append("\">").append(e(section.heading())).append("</h2>\n");
      section.paragraphs().forEach(p -> h.append("<p class=\"govuk-body\">").append(e(p)).append("</p>\n"));
      if (!section.bullets().isEmpty()) {
        h.append("<ul class=\"govuk-list govuk-list--bullet\">\n");
        section.bullets().forEach(b -> h.append("<li>").append(e(b)).append("</li>\n"));
        h.append("</ul>\n");
      }
      section.chart().ifPresent(c -> chart(h, c, bulletin));
      h.append("</section>\n");
    }
    h.append("<h2 class=\"govuk-heading-l\" id=\"downloads\">Tables, workbook and stories</h2>\n")
        .append("<ul class=\"govuk-list\">\n");
    bulletin.links().forEach(l -> h.append("<li><a class=\"govuk-link\" href=\"").append(a(l.href())).append("\">")
        .append(e(l.text())).append("</a></li>\n"));
    h.append("</ul>\n</main>\n</div>\n<footer class=\"govuk-footer\"><div class=\"govuk-width-container\">\n");
    bulletin.metadata().ifPresentOrElse(m -> h.append("<p class=\"govuk-body-s\">").append(e(m.sourceLine()))
        .append(". Produced by ").append(e(m.producer())).append(". Contact: <a class=\"govuk-footer__link\" href=\"mailto:")
        .append(a(m.contactEmail())).append("\">").append(e(m.contactEmail())).append("</a>. Licence: ")
        .append(e(m.licence())).append(".</p>\n"),
        () -> h.append("<p class=\"govuk-body-s\">").append(e(WorkbookCover.NO_CONTACT)).append("</p>\n"));
    return h.append("</div></footer>\n</body>\n</html>\n").toString();
  }

  private static void row(StringBuilder h, String key, String value) {
    h.append("<div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">").append(e(key))
        .append("</dt><dd class=\"govuk-summary-list__value\">").append(e(value)).append("</dd></div>\n");
  }

  private static void chart(StringBuilder h, Bulletin.Chart chart, Bulletin bulletin) {
    String id = "chart-" + chart.name();
    h.append("<figure class=\"haul-chart\">\n")
        .append("<figcaption class=\"govuk-body-s\" id=\"").append(id).append("-caption\">").append(e(chart.alternative()))
        .append(bulletin.metadata().map(m -> " " + m.sourceLine() + ".").map(BulletinText::e).orElse(""))
        .append("</figcaption>\n").append(chart.svg()).append("\n")
        .append("<details class=\"govuk-details\"><summary class=\"govuk-details__summary\"><span class=\"govuk-details__summary-text\">")
        .append("Data for this chart</span></summary><div class=\"govuk-details__text\">\n<table class=\"govuk-table\">")
        .append("<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">");
    chart.headers().forEach(c -> h.append("<th scope=\"col\" class=\"govuk-table__header\">").append(e(c)).append("</th>"));
    h.append("</tr></thead><tbody class=\"govuk-table__body\">\n");
    for (List<String> row : chart.rows()) {
      h.append("<tr class=\"govuk-table__row\">");
      for (int i = 0; i < row.size(); i++) {
        h.append(i == 0 ? "<th scope=\"row\" class=\"govuk-table__header\">" : "<td class=\"govuk-table__cell\">")
            .append(e(row.get(i))).append(i == 0 ? "</th>" : "</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody></table></div></details>\n</figure>\n");
  }

  /** The sidecar: year, edition, title, key findings, sections' text, facts and the release's metadata. */
  static String json(Bulletin bulletin) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("year", bulletin.year());
    json.put("edition", bulletin.edition());
    json.put("title", bulletin.title());
    json.put("key_findings", bulletin.keyFindings());
    List<Map<String, Object>> sections = new ArrayList<>();
    for (Bulletin.Section s : bulletin.sections()) {
      Map<String, Object> section = new LinkedHashMap<>();
      section.put("id", s.id());
      section.put("heading", s.heading());
      section.put("paragraphs", s.paragraphs());
      section.put("bullets", s.bullets());
      sections.add(section);
    }
    json.put("sections", sections);
    List<Map<String, Object>> facts = new ArrayList<>();
    for (Fact f : bulletin.facts()) {
      Map<String, Object> fact = new LinkedHashMap<>();
      fact.put("text", f.text());
      fact.put("value", f.value());
      fact.put("unit", f.unit());
      fact.put("measure", f.measure());
      fact.put("agency", f.agency());
      fact.put("year", f.year());
      fact.put("drug", f.drug().orElse(null));
      facts.add(fact);
    }
    json.put("facts", facts);
    json.put("release", bulletin.metadata().map(ReleaseMetadataJson::of).orElse(null));
    return HaulJson.document(json);
  }
}
