package haul.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures a generated story uses (its sidecar's facts), compared between two editions: what a
 * revision changed, in words an editor reads ("seizures of thames-valley in 2021/22: 679, now 681").
 * A figure is the same when its measure, unit, area, year and drug are; it changed when its words did.
 */
final class NewsroomFigures {

  private NewsroomFigures() {}

  /** The changes from one sidecar's facts to another's, in the newer story's order; empty when none. */
  static List<String> changes(String oldFacts, String newFacts) {
    Map<String, String> before = byKey(oldFacts);
    Map<String, String> after = byKey(newFacts);
    List<String> changes = new ArrayList<>();
    after.forEach((key, text) -> {
      String was = before.get(key);
      if (was == null) {
        changes.add(key + ": new, " + text);
      } else if (!was.equals(text)) {
        changes.add(key + ": " + was + ", now " + text);
      }
    });
    before.forEach((key, text) -> {
      if (!after.containsKey(key)) {
        changes.add(key + ": " + text + ", no longer in the story");
      }
    });
    return changes;
  }

  private static Map<String, String> byKey(String facts) {
    Map<String, String> byKey = new LinkedHashMap<>();
    try {
      for (JsonNode fact : Json.MAPPER.readTree(facts)) {
        String drug = fact.path("drug").isNull() || fact.path("drug").isMissingNode() ? "" : " of " + fact.path("drug").asText();
        String key = fact.path("measure").asText().replace('_', ' ') + drug + " (" + fact.path("unit").asText() + "), "
            + fact.path("agency").asText() + ", " + fact.path("year").asText();
        byKey.putIfAbsent(key, fact.path("text").asText());
      }
    } catch (IOException e) {
      throw new IllegalStateException("a story's facts are not JSON: " + e.getMessage(), e);
    }
    return byKey;
  }
}
