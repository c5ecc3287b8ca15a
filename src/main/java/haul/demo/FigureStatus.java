package haul.demo;

/** Whether a demo figure is a published one or an estimate made by a stated method. */
public enum FigureStatus {
  PUBLISHED("published"),
  ESTIMATED("estimated");

  private final String label;

  FigureStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static FigureStatus fromLabel(String label) {
    for (FigureStatus status : values()) {
      if (status.label.equals(label)) {
        return status;
      }
    }
    throw new IllegalArgumentException("unknown figure status: " + label);
  }
}
