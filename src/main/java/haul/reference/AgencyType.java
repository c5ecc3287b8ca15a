package haul.reference;

/** What kind of agency made a seizure; the two national agencies have no region. */
public enum AgencyType {
  TERRITORIAL("territorial"),
  TRANSPORT("transport"),
  BORDER("border");

  private final String label;

  AgencyType(String label) {
    this.label = label;
  }

  /** The word used in data files and tables. */
  public String label() {
    return label;
  }

  public static AgencyType fromLabel(String label) {
    for (AgencyType type : values()) {
      if (type.label.equals(label)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown agency type: " + label);
  }
}
