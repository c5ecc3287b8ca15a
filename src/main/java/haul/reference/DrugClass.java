package haul.reference;

/**
 * A class under the Misuse of Drugs Act 1971, plus the two buckets the tables keep beside them:
 * {@code Unknown} (a drug that could not be classified) and {@code none} (the Psychoactive
 * Substances Act 2016, which has no class).
 */
public enum DrugClass {
  A("A"),
  B("B"),
  C("C"),
  UNKNOWN("Unknown"),
  NONE("none");

  private final String label;

  DrugClass(String label) {
    this.label = label;
  }

  /** The label used in data files and tables: {@code A}, {@code Unknown}, {@code none}. */
  public String label() {
    return label;
  }

  public static DrugClass fromLabel(String label) {
    for (DrugClass value : values()) {
      if (value.label.equalsIgnoreCase(label)) {
        return value;
      }
    }
    throw new IllegalArgumentException("unknown drug class: " + label);
  }
}
