package haul.server;

import static org.assertj.core.api.Assertions.assertThat;

import haul.server.NewsroomPages.DiffRow;
import haul.store.NewsroomVersion;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor's diff against the generated text is HTML: every character of the text escaped, changes marked. */
class NewsroomDiffTest {

  private static NewsroomVersion version(String headline, String paragraph) {
    return new NewsroomVersion(2022, "kent", 1, 1, "generated", headline, List.of(paragraph), "[]", List.of(), "[]", 0, 0, 0,
        "haul", Instant.parse("2023-04-20T08:30:00Z"));
  }

  @Test
  void ampersandsAndAngleBracketsAreEscapedInEveryRow() {
    List<DiffRow> rows = NewsroomEditorPage.diff(
        version("Kent & Medway <b>seize</b>", "Police & Crime Commissioner said AT&T was fine."),
        version("Kent & Medway <b>seize</b>", "Police & Crime Commissioner said AT&T was great."));
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).oldHtml()).isEqualTo("Kent &amp; Medway &lt;b&gt;seize&lt;/b&gt;");
    assertThat(rows.get(0).tag()).isEqualTo("equal");
    assertThat(rows.get(1).oldHtml()).startsWith("Police &amp; Crime Commissioner said AT&amp;T was ")
        .contains("<del>fine</del>");
    assertThat(rows.get(1).newHtml()).contains("AT&amp;T").contains("<ins>great</ins>");
    for (DiffRow row : rows) {
      assertThat(row.oldHtml() + row.newHtml()).doesNotContainPattern("&(?!amp;|lt;|gt;|#39;|quot;)");
    }
  }
}
