package haul.stats;

import haul.reference.Agency;
import haul.reference.AgencyType;
import haul.reference.Region;
import java.util.function.Predicate;

/**
 * Something figures are given for.
 *
 * @param code an agency code, a region slug, {@code police} or {@code england-and-wales}
 * @param name as tables print it: "Thames Valley", "London", "Police", "England and Wales"
 */
public record Area(AreaType type, String code, String name) {

  public static final Area POLICE = new Area(AreaType.POLICE, "police", "Police");
  public static final Area ENGLAND_AND_WALES =
      new Area(AreaType.ENGLAND_AND_WALES, "england-and-wales", "England and Wales");

  /**
   * Which agencies the area is made of (DESIGN.md "Statistics": an agency itself, a region's forces,
   * the police (every agency but Border Force), England and Wales (every agency)): the one rule the
   * statistics' comparisons and the dashboard's, which reads published rows, both use.
   */
  public Predicate<Agency> members() {
    return switch (type) {
      case AGENCY -> a -> a.code().equals(code);
      case REGION -> a -> a.region().map(r -> Region.slugOf(r).equals(code)).orElse(false);
      case POLICE -> a -> a.type() != AgencyType.BORDER;
      case ENGLAND_AND_WALES -> a -> true;
    };
  }
}
