package haul.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import haul.json.HaulJson;
import haul.testing.DemoFixture;
import haul.testing.Golden;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The demo's bulletin: its text against a golden file a person has read, and every figure a fact. */
class BulletinTest {

  private static final Pattern FIGURE = Pattern.compile("\\d[\\d,.]*");

  private static JsonNode sidecar() throws Exception {
    return HaulJson.mapper().readTree(DemoFixture.out().resolve("bulletin.json").toFile());
  }

  /** The bulletin's text as Markdown, as a person reads it and {@code haul check-story} checks it. */
  private static String text(JsonNode bulletin) {
    return Bulletins.markdown(bulletin);
  }

  @Test
  void theDemoBulletinReadsAsItsGoldenFile() throws Exception {
    Golden.assertText("publish/bulletin-demo-2021-22.md", text(sidecar()));
  }

  /**
   * Every figure outside quotation marks (the notes are quoted) is one fact's text, found in the
   * sentence where the sidecar records it; years, dates and "43 police forces" are not figures.
   */
  @Test
  void everyFigureInTheTextIsATracedFact() throws Exception {
    JsonNode bulletin = sidecar();
    List<String> facts = new ArrayList<>();
    bulletin.path("facts").forEach(f -> facts.add(f.path("text").asText()));
    facts.sort(java.util.Comparator.comparing(String::length).reversed()); // "11,000kg" before "1,000"
    List<String> sentences = new ArrayList<>();
    bulletin.path("key_findings").forEach(k -> sentences.add(k.asText()));
    bulletin.path("sections").forEach(s -> s.path("paragraphs").forEach(p -> sentences.add(p.asText())));
    for (String sentence : sentences) {
      String rest = sentence.replaceAll("\\u201c[^\\u201d]*\\u201d", "")
          .replaceAll("(year to|ending|years ending|to) March \\d{4}", "")
          .replaceAll("\\d{4}/\\d{2}", "").replaceAll("\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2}", "")
          .replace("43 territorial", "").replace("43 police", "").replace("Act 1971", "").replace("Edition 1", "");
      for (String fact : facts) {
        rest = rest.replace(fact, "");
      }
      Matcher figure = FIGURE.matcher(rest);
      assertThat(figure.find()).as("an untraced figure in: %s (left: %s)", sentence, rest).isFalse();
    }
    assertThat(facts).contains("189,000", "14 per cent", "nearly 19,000kg", "1,837kg", "nearly ten times", "22 per cent");
  }

  @Test
  void thePageIsSelfContainedWithoutTheCrownOrGdsTransportAndSaysItsDataAreSynthetic() throws Exception {
    Path page = DemoFixture.out().resolve("bulletin.html");
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(html).contains("<main", "<meta name=\"viewport\"", "<svg", "Data for this chart",
        "haul demo data, calibrated to published Home Office figures", "mailto:haul-demo@example.org",
        "Open Government Licence v3.0", "href=\"haul-tables-2021-22.ods\"", "href=\"tables/seizures_by_agency.csv\"",
        "href=\"stories/thames-valley.html\"", "Next release", "18 April 2024");
    assertThat(html).doesNotContain("GDS Transport", "govuk-crest", "/assets/", "<link rel=\"stylesheet\"",
        "Source: Home Office");
    assertThat(sidecar().path("release").path("contact").asText()).isEqualTo("haul-demo@example.org");
    assertThat(DemoFixture.out().resolve("manifest.json")).content().contains("bulletin.html", "bulletin.json");
  }
}
