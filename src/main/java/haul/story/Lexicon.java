package haul.story;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import haul.json.HaulJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import haul.reference.Agency;
import haul.reference.Unit;

/**
 * Words the story needs that reference data does not hold, read from {@code /haul/story/lexicon.json}:
 * regions with their article ("the South East"), organisations as prose names them ("the Home
 * Office") and the drug names that take a plural verb ("amphetamines were seized"). Immutable.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Lexicon(
    Map<String, String> regions,
    Map<String, String> organisations,
    @JsonProperty("plural_drugs") List<String> pluralDrugs,
    @JsonProperty("agencies_with_article") Map<String, String> agenciesWithArticle,
    @JsonProperty("agency_type_descriptions") Map<String, String> agencyTypeDescriptions,
    @JsonProperty("agency_type_places") Map<String, String> agencyTypePlaces) {

  public Lexicon {
    regions = Map.copyOf(regions);
    organisations = Map.copyOf(organisations);
    pluralDrugs = List.copyOf(pluralDrugs); // a handful of names: a list is as quick as a set
    agenciesWithArticle = agenciesWithArticle == null ? Map.of() : Map.copyOf(agenciesWithArticle);
    agencyTypeDescriptions = agencyTypeDescriptions == null ? Map.of() : Map.copyOf(agencyTypeDescriptions);
    agencyTypePlaces = agencyTypePlaces == null ? Map.of() : Map.copyOf(agencyTypePlaces);
  }

  /** The agency's full name as a sentence names it: "the Metropolitan Police Service", "Kent Police". */
  public String agencyName(Agency agency) {
    String article = agenciesWithArticle.get(agency.code());
    return article == null ? agency.fullName() : article + " " + agency.fullName();
  }

  /** What a national agency does, for its first mention ("which polices Britain's railways"); empty for a force. */
  public Optional<String> agencyDescription(Agency agency) {
    return Optional.ofNullable(agencyTypeDescriptions.get(agency.type().label()));
  }

  /** Where a national agency works, for a headline ("on the railways"); empty for a force. */
  public Optional<String> agencyPlace(Agency agency) {
    return Optional.ofNullable(agencyTypePlaces.get(agency.type().label()));
  }

  /** Whether a quantity in this unit is counted ("fewer doses") rather than a mass ("less cocaine"). */
  public boolean isCounted(Unit unit) {
    return unit != Unit.KG;
  }

  /** The verb that agrees with a drug's quantity: "was" for a mass, "were" for doses, plants or a plural name. */
  public String was(String drug, Unit unit) {
    return isCounted(unit) || isPluralDrug(drug) ? "were" : "was";
  }

  /**
   * The comparative before a colon and the figure, which carries its unit: "more cocaine: 21kg",
   * "less heroin", "a larger amount of amphetamines", "more ecstasy: 7,904 doses" (doses are the
   * figure's unit, which it says itself: not "more doses of ecstasy: 7,904 doses"), "a smaller amount
   * of benzodiazepines" (a plural name, whose verb {@link #comparativeWas} cannot tell from the unit),
   * "fewer cannabis plants: 8,910 plants" (plants are the drug's own noun, so they stay).
   */
  public String comparative(String drug, Unit unit, boolean more) {
    String noun = drugNoun(drug);
    if (unit == Unit.PLANTS) {
      return (more ? "more " : "fewer ") + noun;
    }
    return isPluralDrug(drug) ? (more ? "a larger" : "a smaller") + " amount of " + noun : (more ? "more " : "less ") + noun;
  }

  /**
   * A comparative with its percentage, agreeing with the drug: "68 per cent more cocaine", "a 99 per
   * cent smaller amount of amphetamines", "20 per cent fewer doses of LSD".
   */
  public String byPercent(String drug, Unit unit, boolean more, String percent) {
    String noun = drugNoun(drug);
    return switch (unit) {
      case KG -> isPluralDrug(drug) ? "a " + percent + (more ? " larger" : " smaller") + " amount of " + noun
          : percent + (more ? " more " : " less ") + noun;
      case DOSES -> percent + (more ? " more" : " fewer") + " doses of " + noun;
      case PLANTS -> percent + (more ? " more " : " fewer ") + noun;
    };
  }

  /** The drug as a quantity is named: "cocaine", "doses of LSD", "cannabis plants". */
  public String quantityNoun(String drug, Unit unit) {
    return unit == Unit.DOSES ? "doses of " + drugNoun(drug) : drugNoun(drug);
  }

  /** The verb after a {@link #comparative} subject: "more cocaine was", "more LSD was", "a smaller amount of amphetamines was", "fewer cannabis plants were". */
  public String comparativeWas(Unit unit) {
    return unit == Unit.PLANTS ? "were" : "was";
  }

  /** "as much" for a mass, "as many" for what is counted. */
  public String asMuch(Unit unit) {
    return isCounted(unit) ? "as many" : "as much";
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
      return HaulJson.mapper().readValue(in, Lexicon.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read /haul/story/lexicon.json", e);
    }
  }
}
