package haul.story.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import haul.stats.Release;
import haul.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes check-story (Jazzer, issue 14): any text gets a report or a clear refusal, never an
 * uncaught exception; every finding's span is the text it points at; both reports render. In
 * {@code verify} the fuzz test replays its seed corpus ({@code CheckStoryFuzzTestInputs/}: the demo's
 * generated stories, corpus texts, hostile untidy text) and the seed article is run through the
 * same contract; {@code JAZZER_FUZZ=1} makes it fuzz for {@code maxDuration}, each input under the
 * JUnit timeout, which Jazzer applies as its own per-input timeout (README "Development").
 */
class CheckStoryFuzzTest {

  private static final Release RELEASE = SeedRelease.release();

  @FuzzTest(maxDuration = "5m")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void anyTextGetsAReportOrAClearRefusal(byte[] input) {
    holdsTheContract(new String(input, StandardCharsets.UTF_8));
  }

  @Test
  void theSeedArticleHoldsTheContract() throws IOException {
    holdsTheContract(Files.readString(SharedData.path("seed-article.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void aTextOverTheLimitIsRefusedClearly() {
    holdsTheContract("679 seizures. ".repeat(StoryChecker.MAX_BYTES / 14 + 1));
  }

  private static void holdsTheContract(String text) {
    CheckReport local;
    try {
      local = StoryChecker.check(RELEASE, "thames-valley", text);
    } catch (TextTooLongException refused) {
      assertThat(text.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(StoryChecker.MAX_BYTES);
      assertThat(refused.getMessage()).contains("at most " + StoryChecker.MAX_BYTES + " bytes");
      return;
    }
    CheckReport national = StoryChecker.checkNational(RELEASE, text);
    for (CheckReport report : new CheckReport[] {local, national}) {
      for (Finding finding : report.findings()) {
        assertThat(text.substring(finding.span().start(), finding.span().end())).isEqualTo(finding.span().text());
        assertThat(finding.message()).isNotBlank();
        if (finding.kind() == FindingKind.CONTRADICTED) {
          assertThat(finding.rightValue()).isPresent();
        }
      }
      assertThat(TextReport.render(report)).startsWith(report.subject() + " ");
      assertThat(JsonReport.render(report)).startsWith("{");
    }
  }
}
