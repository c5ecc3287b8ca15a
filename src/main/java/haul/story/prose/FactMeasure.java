package haul.story.prose;

/**
 * The kind of figure a fact is: the one vocabulary of the story's sidecar ({@code "measure"}) and
 * check-story's report. {@link #label()} is the word both print.
 */
public enum FactMeasure {
  /** A number of seizures. */
  SEIZURES("seizures"),
  /** A quantity of a drug in its catalogue unit (kg, doses, plants). */
  QUANTITY("quantity"),
  /** Change on the year before as a percentage of the year before, signed. */
  PERCENT_CHANGE("percent_change"),
  /** This year's figure divided by the year before's. */
  MULTIPLE("ratio"),
  /**
   * An area's seizures as a percentage of all seizures in England and Wales; with a drug, its
   * seizures or quantity of the drug as a percentage of England and Wales's.
   */
  SHARE("share_percent"),
  /**
   * An area's place among the areas of its kind by seizures (1 for the most), told in words ("the
   * third-highest", "eleventh place"): police forces among the forces, regions among the regions.
   */
  RANK("rank"),
  /**
   * A number of police forces with figures in published tables that lack some ("the 38 police forces
   * with figures in both years", "the 39 territorial forces with figures"): the agencies a total is
   * told over, which check-story knows from the release.
   */
  AGENCIES("agencies");

  private final String label;

  FactMeasure(String label) {
    this.label = label;
  }

  /** The word the sidecar and the check report print: {@code seizures}, {@code percent_change}, ... */
  public String label() {
    return label;
  }

  /** The measure a label names. */
  public static FactMeasure fromLabel(String label) {
    for (FactMeasure measure : values()) {
      if (measure.label.equals(label)) {
        return measure;
      }
    }
    throw new IllegalArgumentException("unknown fact measure: " + label);
  }
}
