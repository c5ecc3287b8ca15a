package haul.store;

import java.util.Locale;

/**
 * Where a story stands in the newsroom's review: {@code draft} as generated (or sent back by a
 * revision), {@code edited} by an editor, {@code approved} for the feeds, {@code held} back.
 */
public enum NewsroomStatus {
  DRAFT,
  EDITED,
  APPROVED,
  HELD;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  static NewsroomStatus ofLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
