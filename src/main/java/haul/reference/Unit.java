package haul.reference;

/** The unit a catalogue drug's quantity is stored and published in. */
public enum Unit {
  KG("kg"),
  DOSES("doses"),
  PLANTS("plants");

  private final String label;

  Unit(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Unit fromLabel(String label) {
    for (Unit value : values()) {
      if (value.label.equals(label)) {
        return value;
      }
    }
    throw new IllegalArgumentException("unknown unit: " + label);
  }
}
