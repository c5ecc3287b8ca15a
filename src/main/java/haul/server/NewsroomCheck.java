package haul.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import haul.stats.Release;
import haul.story.check.CheckReport;
import haul.story.check.Finding;
import haul.story.check.FindingKind;
import haul.story.check.StoryChecker;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * check-story on a story under review, through its public entry point ({@link StoryChecker}), and
 * its result as the newsroom keeps it: findings as JSON, each with its paragraph (1 is the
 * headline, 2 the first body paragraph), and the counts the queue shows.
 */
final class NewsroomCheck {

  /** One finding as stored. */
  record Line(String kind, int paragraph, String text, String message, String rightValue) {}

  /** The result of one check. */
  record Result(String findingsJson, int contradicted, int unknown, int matched) {}

  private static final TypeReference<List<Map<String, Object>>> ROWS = new TypeReference<>() {};

  private NewsroomCheck() {}

  /** The text check-story reads: the headline, then each body paragraph, separated by blank lines. */
  static String text(String headline, List<String> body) {
    return headline + "\n\n" + String.join("\n\n", body);
  }

  static Result run(Release release, String agencyCode, String headline, List<String> body) {
    CheckReport report = StoryChecker.check(release, agencyCode, text(headline, body));
    List<Map<String, Object>> rows = report.findings().stream().map(NewsroomCheck::row).toList();
    try {
      return new Result(Json.MAPPER.writeValueAsString(rows), (int) report.count(FindingKind.CONTRADICTED),
          (int) report.count(FindingKind.UNKNOWN), (int) report.count(FindingKind.MATCHED));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("findings always serialise", e);
    }
  }

  private static Map<String, Object> row(Finding finding) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("kind", finding.kind().name());
    row.put("paragraph", finding.paragraph());
    row.put("text", finding.span().text());
    row.put("message", finding.message());
    row.put("right_value", finding.rightValue().orElse(null));
    return row;
  }

  /** The stored findings read back. */
  static List<Line> lines(String findingsJson) {
    try {
      return Json.MAPPER.readValue(findingsJson, ROWS).stream()
          .map(r -> new Line(String.valueOf(r.get("kind")), ((Number) r.get("paragraph")).intValue(),
              String.valueOf(r.get("text")), String.valueOf(r.get("message")),
              r.get("right_value") == null ? null : String.valueOf(r.get("right_value"))))
          .toList();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored findings are not JSON: " + e.getMessage(), e);
    }
  }
}
