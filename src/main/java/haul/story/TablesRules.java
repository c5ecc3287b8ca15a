package haul.story;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import haul.json.HaulJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * What a story adds when it runs short of an editor's length, read from
 * {@code /haul/story/tables.json}: the drugs the agency seized most often, its place among the
 * forces in the table and its trend over the years held. Every rule carries a sentence saying why.
 * Immutable.
 *
 * @param fillInOrder names of the parts a short story adds, in order: {@code drug_seizures}, {@code standing}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record TablesRules(
    @JsonProperty("min_words") int minWords,
    @JsonProperty("fill_in_order") List<String> fillInOrder,
    @JsonProperty("drug_seizures") DrugSeizures drugSeizures,
    Standing standing) {

  TablesRules {
    fillInOrder = List.copyOf(fillInOrder);
    Objects.requireNonNull(drugSeizures, "tables.json: drug_seizures");
    Objects.requireNonNull(standing, "tables.json: standing");
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record DrugSeizures(@JsonProperty("tell_at_most") int tellAtMost, String why,
      @JsonProperty("group_nouns") java.util.Map<String, String> groupNouns) {
    DrugSeizures {
      groupNouns = groupNouns == null ? java.util.Map.of() : java.util.Map.copyOf(groupNouns);
      if (why == null || why.isBlank()) {
        throw new IllegalArgumentException("tables.json: drug_seizures says no why");
      }
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Standing(@JsonProperty("min_ranked") int minRanked, @JsonProperty("min_years") int minYears, String why) {
    Standing {
      if (why == null || why.isBlank()) {
        throw new IllegalArgumentException("tables.json: standing says no why");
      }
    }
  }

  private static final class Holder {
    static final TablesRules BUNDLED = read();
  }

  static TablesRules bundled() {
    return Holder.BUNDLED;
  }

  private static TablesRules read() {
    try (InputStream in = TablesRules.class.getResourceAsStream("/haul/story/tables.json")) {
      if (in == null) {
        throw new IllegalStateException("missing resource /haul/story/tables.json");
      }
      return HaulJson.mapper().readerFor(TablesRules.class).readValue(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read /haul/story/tables.json", e);
    }
  }
}
