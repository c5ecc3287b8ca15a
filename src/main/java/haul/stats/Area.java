package haul.stats;

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
}
