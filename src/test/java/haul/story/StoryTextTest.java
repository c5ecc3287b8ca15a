package haul.story;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import haul.story.prose.FactMeasure;
import haul.reference.FinancialYear;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoryTextTest {

  private static final Story STORY =
      new Story(
          "kent",
          FinancialYear.parse("2021/22"),
          2,
          "Kent Police <made> & \"seized\"",
          List.of("First paragraph with 0.2kg.", "Second *paragraph* with a_b and #1."),
          List.of(new Fact("0.2kg", new BigDecimal("0.200000000"), "kg", FactMeasure.QUANTITY, "kent", "2021/22", Optional.of("Cocaine"))),
          List.of("Check this."));

  @Test
  void markdownIsTheWarningsInACommentThenAHeadingThenParagraphsWithFormattingCharactersEscaped() {
    assertThat(StoryText.toMarkdown(STORY))
        .isEqualTo("<!-- Check before publishing (haul's warnings for the editor; not part of the story):\n- Check this.\n-->\n\n"
            + "# Kent Police \\<made\\> & \"seized\"\n\nFirst paragraph with 0.2kg.\n\nSecond \\*paragraph\\* with a\\_b and \\#1.\n");
  }

  @Test
  void aWarningCannotCloseItsCommentEarly() {
    Story hostile = new Story(STORY.agency(), STORY.year(), STORY.edition(), STORY.headline(), STORY.body(), STORY.facts(),
        List.of("a note that says --> <script>alert(1)</script>", "and then ---> too"), STORY.label());
    String markdown = StoryText.toMarkdown(hostile);
    assertThat(markdown.indexOf("-->")).isEqualTo(markdown.indexOf("\n-->\n") + 1);
    assertThat(markdown).contains("- a note that says - -> <script>").doesNotContain("--->");
  }

  @Test
  void aStoryWithoutWarningsHasNoComment() {
    Story plain = new Story(STORY.agency(), STORY.year(), STORY.edition(), STORY.headline(), STORY.body(), STORY.facts(),
        List.of(), STORY.label());
    assertThat(StoryText.toMarkdown(plain)).startsWith("# Kent Police");
  }

  @Test
  void htmlEscapesEveryPieceOfText() {
    String html = StoryText.toHtml(STORY);
    String page = html.substring(0, html.indexOf("<style>")) + html.substring(html.indexOf("</style>"));
    assertThat(page)
        .startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\"")
        .contains("<title>Kent Police &lt;made&gt; &amp; \"seized\" - haul</title>")
        .contains("<h1 class=\"govuk-heading-xl\">Kent Police &lt;made&gt; &amp; \"seized\"</h1>\n"
            + "<p class=\"govuk-body\">First paragraph with 0.2kg.</p>\n"
            + "<p class=\"govuk-body\">Second *paragraph* with a_b and #1.</p>\n</article>")
        .doesNotContain("<made>");
  }

  /** Styled as the dashboard and self-contained, with a way back to the agency's page and to the release. */
  @Test
  void htmlIsAStyledPageWithMainAViewportAndLinksBack() {
    String html = StoryText.toHtml(STORY);
    String css = html.substring(html.indexOf("<style>"), html.indexOf("</style>"));
    String page = html.substring(0, html.indexOf("<style>")) + html.substring(html.indexOf("</style>"));
    assertThat(css.contains(".govuk-body,.govuk-body-m{")).as("GOV.UK Frontend's styles inlined").isTrue();
    assertThat(css.contains("GDS Transport") || css.contains("govuk-crest")).as("no GDS Transport, no crown").isFalse();
    assertThat(page)
        .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1, viewport-fit=cover\">")
        .doesNotContain("<link rel=\"stylesheet\"")
        .contains("<main class=\"govuk-main-wrapper\" id=\"main-content\">")
        .contains("<span class=\"govuk-caption-l\">Kent Police, the year ending March 2022</span>")
        .contains("<a class=\"govuk-link\" id=\"agency-page\" href=\"/agencies/kent\">Kent Police's figures on the dashboard</a>")
        .contains("<a class=\"govuk-link\" id=\"release-index\" href=\"../bulletin.html\">The statistical bulletin for 2021/22</a>")
        .contains("href=\"kent.json\">The story's facts</a>")
        .contains("Written by haul from edition 2 of the 2021/22 release.");
  }

  @Test
  void theSidecarHasTheShapeOfDesignMd() throws Exception {
    JsonNode json = new ObjectMapper().readTree(StoryText.toJson(STORY));

    assertThat(json.fieldNames()).toIterable().containsExactly("agency", "year", "edition", "headline", "body", "facts", "warnings");
    assertThat(json.get("agency").asText()).isEqualTo("kent");
    assertThat(json.get("year").asText()).isEqualTo("2021/22");
    assertThat(json.get("edition").asInt()).isEqualTo(2);
    assertThat(json.get("body")).hasSize(2);
    JsonNode fact = json.get("facts").get(0);
    assertThat(fact.fieldNames()).toIterable().containsExactly("text", "value", "unit", "measure", "agency", "year", "drug");
    assertThat(fact.get("value").decimalValue()).isEqualByComparingTo("0.2");
    assertThat(StoryText.toJson(STORY)).contains("\"value\": 0.2,").contains("\"drug\": \"Cocaine\"");
    assertThat(json.get("warnings").get(0).asText()).isEqualTo("Check this.");
  }

  @Test
  void aFactWithoutADrugHasANullDrug() throws Exception {
    Story story =
        new Story("kent", FinancialYear.parse("2021/22"), 1, "H", List.of("679"),
            List.of(new Fact("679", BigDecimal.valueOf(679), "seizures", FactMeasure.SEIZURES, "kent", "2021/22", Optional.empty())), List.of());

    JsonNode fact = new ObjectMapper().readTree(StoryText.toJson(story)).get("facts").get(0);
    assertThat(fact.get("drug").isNull()).isTrue();
    assertThat(fact.get("value").isIntegralNumber()).isTrue();
  }
}
