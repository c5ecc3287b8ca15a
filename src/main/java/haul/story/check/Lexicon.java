package haul.story.check;

import haul.reference.Agency;
import haul.reference.Drug;
import haul.reference.DrugAlias;
import haul.reference.DrugCatalogue;
import haul.reference.ReferenceData;
import haul.reference.Region;
import haul.stats.Area;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names a story uses for areas and drugs, from the reference data: agencies by full name,
 * short name and area name; regions; "nationally" and "England and Wales"; drugs by catalogue name
 * and alias. Where names overlap the longest wins, and a region wins over an area of the same name
 * ("London").
 */
final class Lexicon {

  private static final List<String> NATIONAL =
      List.of("England and Wales", "nationally", "national", "nationwide", "across the country",
          // all agencies together are England and Wales's figure
          "police and Border Force", "the police and Border Force", "police forces and Border Force",
          "police forces, British Transport Police and Border Force",
          "police forces, BTP and Border Force", "the police, British Transport Police and Border Force",
          // a coverage qualifier of the total, not the region Wales: "across England without Wales" is
          // the release's total over the agencies it holds, when the Welsh forces' returns are missing
          "England without Wales", "England excluding Wales", "England, without Wales", "England, excluding Wales");

  /** What "the force" names in a national text: no area, so its figures' subject cannot be read. */
  static final String NO_AGENCY = "(no agency)";

  /** The police as a whole: the 43 territorial forces and British Transport Police. */
  private static final List<String> POLICE = List.of("the police", "police forces", "police",
      // the territorial forces with British Transport Police: "the 43 police forces and British Transport Police"
      "police forces and British Transport Police", "territorial police forces and British Transport Police",
      "territorial forces and British Transport Police", "forces and British Transport Police",
      "police forces and BTP", "forces and BTP");

  private final Map<String, String> areaNames = new LinkedHashMap<>();
  private final Map<String, Set<String>> drugNames = new LinkedHashMap<>();
  private final NameScanner areaScanner;
  private final NameScanner drugScanner;

  /** @param storyAgency the agency "the force" means; empty for a national text */
  Lexicon(ReferenceData reference, Optional<String> storyAgency) {
    for (String word : NATIONAL) {
      areaNames.put(word.toLowerCase(Locale.ROOT), Area.ENGLAND_AND_WALES.code());
    }
    for (String word : POLICE) {
      areaNames.put(word.toLowerCase(Locale.ROOT), Area.POLICE.code());
    }
    for (Region region : reference.regions()) {
      areaNames.put(region.name().toLowerCase(Locale.ROOT), region.slug());
    }
    for (Agency agency : reference.agencies().all()) {
      for (String name : List.of(agency.fullName(), agency.shortName(), agency.areaName().replaceFirst("^the ", ""))) {
        areaNames.putIfAbsent(name.toLowerCase(Locale.ROOT), agency.code());
      }
    }
    areaNames.put("the force", storyAgency.orElse(NO_AGENCY));

    DrugCatalogue catalogue = reference.drugs();
    for (Drug drug : catalogue.drugs()) {
      if (isNamedInProse(drug.name())) {
        drugNames.put(drug.name().toLowerCase(Locale.ROOT), Set.of(drug.name()));
      }
    }
    for (DrugAlias alias : catalogue.aliases()) {
      boolean plainWord = alias.alias().equalsIgnoreCase("speed") || alias.alias().equalsIgnoreCase("spice");
      if (isNamedInProse(alias.drug()) && !plainWord && alias.validFrom().isEmpty() && alias.validTo().isEmpty()) {
        drugNames.putIfAbsent(alias.alias().toLowerCase(Locale.ROOT), Set.of(alias.drug()));
      }
    }
    drugNames.put(
        "cannabis",
        Set.of(DrugCatalogue.ALL_CANNABIS, "Herbal cannabis", "Cannabis resin", "Cannabis plants"));
    for (haul.reference.DrugClass drugClass : FactBook.CLASSES) {
      String name = FactBook.CLASS + drugClass.label();
      for (String word : List.of("class " + drugClass.label() + " drugs", "class " + drugClass.label() + " drug",
          "class " + drugClass.label())) {
        drugNames.put(word.toLowerCase(Locale.ROOT), Set.of(name));
      }
    }
    drugNames.putIfAbsent("amphetamine", Set.of("Amphetamines"));
    drugNames.putIfAbsent("steroids", Set.of("Anabolic steroids"));
    drugNames.putIfAbsent("plants of cannabis", Set.of("Cannabis plants"));

    areaScanner = new NameScanner(areaNames.keySet());
    drugScanner = new NameScanner(drugNames.keySet());
  }

  /** Rows a story names as drugs: not the "Other" and "Unknown" buckets. */
  static boolean isNamedInProse(String drug) {
    return !drug.startsWith("Other ") && !drug.equals("Unknown");
  }

  /** Areas named in a stretch of text; {@code base} is its offset in the whole text. */
  List<Mention> areas(String text, int base) {
    return find(areaScanner, text, base, name -> areaNames.containsKey(name) ? Set.of(areaNames.get(name)) : null);
  }

  /** Drugs named in a stretch of text; {@code base} is its offset in the whole text. */
  List<Mention> drugs(String text, int base) {
    return find(drugScanner, text, base, drugNames::get);
  }

  /** The catalogue rows a drug name means, or none. */
  Set<String> drug(String name) {
    return drugNames.getOrDefault(normal(name), Set.of());
  }

  private static String normal(String name) {
    return NameScanner.normal(name);
  }

  private interface Meaning {
    Set<String> of(String normalName);
  }

  private static List<Mention> find(NameScanner scanner, String text, int base, Meaning meaning) {
    List<Mention> found = new ArrayList<>();
    for (NameScanner.Found name : scanner.find(text)) {
      Set<String> codes = meaning.of(normal(name.text()));
      if (codes != null && !codes.isEmpty()) {
        found.add(new Mention(base + name.start(), base + name.end(), codes));
      }
    }
    return found;
  }
}
