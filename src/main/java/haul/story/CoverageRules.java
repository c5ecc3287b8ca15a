package haul.story;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import haul.json.HaulJson;
import haul.reference.AgencyType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a story tells a total whose agencies are not all in the figures, read from
 * {@code /haul/story/coverage.json}: which total each kind of agency is compared with, how a total
 * of some agencies is named ("across the 39 police forces with figures in both years"), and the
 * sentences that say which agencies are missing. Every rule carries a sentence saying why. Immutable.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record CoverageRules(
    @JsonProperty("compare_with") List<CompareWith> compareWith,
    List<Total> totals,
    Map<String, String> wording,
    @JsonProperty("missing_regions") List<MissingRegion> missingRegions) {

  CoverageRules {
    compareWith = List.copyOf(compareWith);
    totals = List.copyOf(totals);
    wording = Map.copyOf(wording);
    missingRegions = List.copyOf(missingRegions);
    for (String key : List.copyOf(wording.keySet())) {
      if (!key.endsWith("_why") && !wording.containsKey(key + "_why")) {
        throw new IllegalArgumentException("coverage.json: wording." + key + " says no why (" + key + "_why)");
      }
    }
  }

  /** The total an agency type's change is set beside. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record CompareWith(@JsonProperty("agency_type") String agencyType, String total, String why) {
    CompareWith {
      Objects.requireNonNull(total, "compare_with.total");
      if (why == null || why.isBlank()) {
        throw new IllegalArgumentException("coverage.json: compare_with " + agencyType + " says no why");
      }
    }
  }

  /**
   * How a total is named when complete, and what its members are called when some are missing. With
   * {@code counted_as} (a total's code), the number told is that total's members compared, and the
   * members' name says who else is in ("the 38 police forces and Border Force"); when no other is in,
   * {@code members_when_only_counted} names them.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Total(String total, String complete, String members,
      @JsonProperty("counted_as") String countedAs,
      @JsonProperty("members_when_only_counted") String membersWhenOnlyCounted,
      String whose, @JsonProperty("whose_why") String whoseWhy, String why) {
    Total {
      if (why == null || why.isBlank()) {
        throw new IllegalArgumentException("coverage.json: total " + total + " says no why");
      }
      if (whose != null && (whoseWhy == null || whoseWhy.isBlank())) {
        throw new IllegalArgumentException("coverage.json: total " + total + " gives whose without whose_why");
      }
    }

    /** Whose seizures the total counts, for a sentence beside another total ("by the police and Border Force together"), if the file says. */
    Optional<String> whoseSeizures() {
      return Optional.ofNullable(whose);
    }
  }

  /** A region all of whose forces are missing: the story says so in one sentence ("The Welsh forces are missing from these tables."). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record MissingRegion(String region, String forces, String verb, String why) {
    MissingRegion {
      if (why == null || why.isBlank()) {
        throw new IllegalArgumentException("coverage.json: missing region " + region + " says no why");
      }
    }
  }

  /** The total (an area code: {@code police}, {@code england-and-wales}) an agency of this type is compared with. */
  String totalFor(AgencyType type) {
    String name = type.name().toLowerCase(java.util.Locale.ROOT);
    return compareWith.stream().filter(c -> c.agencyType().equals(name)).map(CompareWith::total).findFirst()
        .orElse("england-and-wales");
  }

  Total total(String code) {
    return totals.stream().filter(t -> t.total().equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("coverage.json: no total " + code));
  }

  Optional<MissingRegion> missingRegion(String region) {
    return missingRegions.stream().filter(m -> m.region().equals(region)).findFirst();
  }

  /** A sentence of {@code wording}, its {@code {placeholders}} filled from {@code values}. */
  String words(String key, Map<String, String> values) {
    String text = Optional.ofNullable(wording.get(key))
        .orElseThrow(() -> new IllegalArgumentException("coverage.json: no wording " + key));
    for (Map.Entry<String, String> value : values.entrySet()) {
      text = text.replace("{" + value.getKey() + "}", value.getValue());
    }
    return text;
  }

  private static final class Holder {
    static final CoverageRules BUNDLED = read();
  }

  static CoverageRules bundled() {
    return Holder.BUNDLED;
  }

  private static CoverageRules read() {
    try (InputStream in = CoverageRules.class.getResourceAsStream("/haul/story/coverage.json")) {
      if (in == null) {
        throw new IllegalStateException("missing resource /haul/story/coverage.json");
      }
      return HaulJson.mapper().readerFor(CoverageRules.class).readValue(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read /haul/story/coverage.json", e);
    }
  }
}
