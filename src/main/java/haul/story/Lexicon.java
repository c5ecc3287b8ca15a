package haul.story;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Words the story needs that reference data does not hold, read from {@code /haul/story/lexicon.json}:
 * regions with their article ("the South East"), organisations as prose names them ("the Home
 * Office") and the drug names that take a plural verb ("amphetamines were seized"). Immutable.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Lexicon(
    Map<String, String> regions,
    Map<String, String> organisations,
    @JsonProperty("plural_drugs") List<String> pluralDrugs) {

  public Lexicon {
    regions = Map.copyOf(regions);
    organisations = Map.copyOf(organisations);
    pluralDrugs = List.copyOf(pluralDrugs); // a handful of names: a list is as quick as a set
  }

  private static final class Holder {
    static final Lexicon BUNDLED = read();
  }

  public static Lexicon bundled() {
    return Holder.BUNDLED;
  }

  /** The region as prose names it, with its article: "the East of England", "London". */
  public String region(String name) {
    return regions.getOrDefault(name, name);
  }

  /** The organisation as prose names it inside a sentence: "the Home Office", "Release". */
  public String organisation(String name) {
    return organisations.getOrDefault(name, name);
  }

  /** The catalogue drug as a noun in a sentence: "cocaine", "cannabis plants", "LSD". */
  public String drugNoun(String drug) {
    // A name in capitals (LSD, GHB) keeps them; otherwise only its first letter is lowered.
    if (drug.length() > 1 && Character.isUpperCase(drug.charAt(1))) {
      return drug;
    }
    return Character.toLowerCase(drug.charAt(0)) + drug.substring(1);
  }

  public boolean isPluralDrug(String drug) {
    return pluralDrugs.contains(drug);
  }

  private static Lexicon read() {
    try (InputStream in = Lexicon.class.getResourceAsStream("/haul/story/lexicon.json")) {
      if (in == null) {
        throw new IllegalStateException("missing resource /haul/story/lexicon.json");
      }
      return new ObjectMapper().readValue(in, Lexicon.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read /haul/story/lexicon.json", e);
    }
  }
}
