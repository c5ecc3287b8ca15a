package haul.story;

import haul.reference.Agency;
import haul.reference.AgencyType;

/**
 * How a story names its agency: the full name the first time (with its article, "the
 * Metropolitan Police Service", and a national agency's description), then "the force" (Border
 * Force keeps its name, being no police force). One instance per story: it remembers what was named.
 */
final class Names {

  private final Agency agency;
  private final Lexicon lexicon;
  private boolean named;
  private boolean described;

  Names(Agency agency, Lexicon lexicon) {
    this.agency = agency;
    this.lexicon = lexicon;
  }

  Agency agency() {
    return agency;
  }

  Lexicon lexicon() {
    return lexicon;
  }

  /** The agency as the subject of a sentence: full name first, "the force" after. */
  String reference() {
    if (!named || agency.type() == AgencyType.BORDER) {
      named = true;
      return lexicon.agencyName(agency);
    }
    return "the force";
  }

  /** The full name, with a national agency's description the first time ("British Transport Police, which polices Britain's railways,"). */
  String described() {
    named = true;
    String name = lexicon.agencyName(agency);
    if (described) {
      return name;
    }
    described = true;
    return lexicon.agencyDescription(agency).map(d -> name + ", " + d + ",").orElse(name);
  }

  /** The full name, always ("Kent Police"), with its article. */
  String fullName() {
    return lexicon.agencyName(agency);
  }

  /** The area as prose names it ("the Thames Valley", "Kent"). */
  String area() {
    return agency.areaName();
  }

  /**
   * Whether the area is a place readers know, not the force's own name with "area" after it ("the
   * Metropolitan Police area"): "In the Metropolitan Police area, the force seized" and "Police
   * forces in London, which includes the Metropolitan Police area" name the force twice and tell
   * the reader nothing (an editor's read), so a story names such an area nowhere.
   */
  boolean areaIsAPlace() {
    // a national agency's "area" is its remit ("the rail network"): "In the rail network" is no place
    return !agency.isNational() && !agency.areaName().equalsIgnoreCase("the " + agency.shortName() + " area");
  }

  /** The area where it is a place ("Kent"), else the agency ("the force"): what a sentence's figure is for. */
  String areaOrForce() {
    return areaIsAPlace() ? area() : reference();
  }

  /** "In Kent", "On the railways" (a national agency's place, {@code lexicon.json}), or "In the force's area" where the area is no place. */
  String inArea() {
    if (areaIsAPlace()) {
      return "In " + area();
    }
    return lexicon.agencyPlace(agency).map(Names::capitalise).orElse("In " + possessive(reference()) + " area");
  }

  /** "In Kent, the force" or "On the railways, the force" as a sentence's start, or "The force" where the area is no place. */
  String inAreaThe() {
    if (areaIsAPlace()) {
      return "In " + area() + ", " + reference();
    }
    return lexicon.agencyPlace(agency).map(place -> capitalise(place) + ", " + reference()).orElse(capitalise(reference()));
  }

  static String possessive(String noun) {
    return noun + "'s";
  }

  static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** "a", "a and b", "a, b and c". */
  static String join(java.util.List<String> clauses) {
    if (clauses.size() <= 1) {
      return String.join("", clauses);
    }
    return String.join(", ", clauses.subList(0, clauses.size() - 1)) + " and " + clauses.get(clauses.size() - 1);
  }
}
