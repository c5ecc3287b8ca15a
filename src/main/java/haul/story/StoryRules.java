package haul.story;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import haul.reference.DrugClass;
import haul.reference.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which facts a story tells and what it warns about, read from {@code /haul/story/rules.json}:
 * the rules that pick the national drugs and a notable local one, how many regions to name, and when
 * a change in a count is large enough to be an artefact. Immutable.
 */
public record StoryRules(
    @JsonProperty("national_drugs") DrugRules nationalDrugs,
    @JsonProperty("local_drugs") DrugRules localDrugs,
    Regions regions,
    Warnings warnings) {

  /** The rules that choose the drugs a story tells, and how many it tells at most. */
  public record DrugRules(@JsonProperty("tell_at_most") int tellAtMost, List<DrugRule> rules) {
    public DrugRules {
      rules = List.copyOf(rules);
    }
  }

  public enum Direction {
    @JsonProperty("rise")
    RISE,
    @JsonProperty("fall")
    FALL
  }

  public enum Measure {
    /** The change in the drug's own unit: only comparable within one unit. */
    @JsonProperty("change")
    CHANGE,
    @JsonProperty("percent")
    PERCENT
  }

  /**
   * One rule: the drug with the largest rise (or fall) by change or percentage, among drugs of a
   * class and unit when given, whose previous quantity is at least {@code minPrevious} in its unit.
   *
   * @param name what the rule finds, in words, as the story's facts record it
   * @param score the newsworthiness of the drug it finds; drugs are told in order of score
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record DrugRule(
      String name,
      Direction direction,
      Measure by,
      @JsonProperty("drug_class") String drugClass,
      String unit,
      @JsonProperty("min_previous") Map<String, BigDecimal> minPrevious,
      int score) {

    public DrugRule {
      Objects.requireNonNull(name, "rule name");
      Objects.requireNonNull(direction, name + ": direction");
      Objects.requireNonNull(by, name + ": by");
      minPrevious = minPrevious == null ? Map.of() : Map.copyOf(minPrevious);
      if (by == Measure.CHANGE && unit == null) {
        throw new IllegalArgumentException(name + ": a rule by change needs a unit, since quantities of different units are never compared");
      }
    }

    public Optional<DrugClass> drugClassValue() {
      return Optional.ofNullable(drugClass).map(DrugClass::fromLabel);
    }

    public Optional<Unit> unitValue() {
      return Optional.ofNullable(unit).map(Unit::fromLabel);
    }

    public BigDecimal minPrevious(Unit of) {
      return minPrevious.getOrDefault(of.label(), BigDecimal.ZERO);
    }
  }

  /**
   * @param largest how many regions with the largest shares a story names
   * @param nationalAgencyMinShare a national agency's share (per cent) from which the regional
   *     paragraph names it too
   */
  public record Regions(int largest, @JsonProperty("national_agency_min_share") BigDecimal nationalAgencyMinShare) {}

  /**
   * @param countRatioBelow a count that falls below this fraction of the year before is warned about
   * @param countRatioFrom a count that rises to this multiple of the year before or more is warned about
   */
  public record Warnings(
      @JsonProperty("count_ratio_below") BigDecimal countRatioBelow,
      @JsonProperty("count_ratio_from") BigDecimal countRatioFrom) {}

  private static final class Holder {
    static final StoryRules BUNDLED = read("rules.json");
  }

  /** The rules bundled with this build. */
  public static StoryRules bundled() {
    return Holder.BUNDLED;
  }

  private static StoryRules read(String name) {
    try (InputStream in = StoryRules.class.getResourceAsStream("/haul/story/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource /haul/story/" + name);
      }
      return new ObjectMapper()
          .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .readValue(in, StoryRules.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read /haul/story/" + name, e);
    }
  }
}
