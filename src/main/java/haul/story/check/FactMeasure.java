package haul.story.check;

/** The kind of figure a {@link Fact} is. */
public enum FactMeasure {
  SEIZURES,
  QUANTITY,
  /** Change on the year before as a percentage of the year before, signed. */
  PERCENT_CHANGE,
  /** This year's figure divided by last year's. */
  MULTIPLE,
  /**
   * An area's seizures as a percentage of all seizures in England and Wales; with a drug, its
   * seizures or quantity of the drug as a percentage of England and Wales's.
   */
  SHARE
}
