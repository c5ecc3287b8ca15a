package haul.ingest.tables;

/**
 * What a column of a published table holds for each agency: one catalogue drug, a group row ("All
 * cannabis"), a class bucket (events with any drug of the class: A, B, C, Unknown, none) or the
 * total ("All drugs"). Group, class and total counts cannot be derived from drug counts, because
 * one event may hold several drugs.
 */
public enum ItemKind {
  DRUG("drug"),
  GROUP("group"),
  CLASS("class"),
  TOTAL("total");

  private final String label;

  ItemKind(String label) {
    this.label = label;
  }

  /** The stored {@code item_kind}. */
  public String label() {
    return label;
  }

  public static ItemKind fromLabel(String label) {
    for (ItemKind kind : values()) {
      if (kind.label.equals(label)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown item kind: " + label);
  }
}
