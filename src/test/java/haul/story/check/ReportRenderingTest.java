package haul.story.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The text and JSON reports of a short story, against golden files read by a person. */
class ReportRenderingTest {

  static final String STORY =
      "Thames Valley Police seized less drugs last year.\n\n"
          + "The force made 697 seizures in the year to March 2022, down from 1,608.\n\n"
          + "He said: \"It is 5 times worse.\"";

  private static CheckReport report() {
    return StoryChecker.check(SeedRelease.release(), "thames-valley", STORY);
  }

  @Test
  void text() throws IOException {
    haul.testing.Golden.assertText("check-story/short-story.txt", TextReport.render(report()));
  }

  @Test
  void json() throws IOException {
    haul.testing.Golden.assertText("check-story/short-story.json", JsonReport.render(report()));
  }

  @Test
  void jsonIsValidAndSaysWhetherAnythingIsContradicted() throws IOException {
    var tree = new ObjectMapper().readTree(JsonReport.render(report()));
    assertThat(tree.get("contradicted").asBoolean()).isTrue();
    assertThat(tree.get("findings")).hasSize(4);
  }

  /** The README's JSON example is the contradicted finding of this report, as rendered. */
  @Test
  void theReadmeShowsAContradictedFindingAsRendered() throws IOException {
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"), StandardCharsets.UTF_8);
    String section = readme.substring(readme.indexOf("### haul check-story"));
    String example = section.substring(section.indexOf("```json\n") + 8);
    example = example.substring(0, example.indexOf("```"));
    var tree = new ObjectMapper().readTree(JsonReport.render(report()));
    assertThat(new ObjectMapper().readTree(example)).isEqualTo(tree.get("findings").get(1));
  }
}
