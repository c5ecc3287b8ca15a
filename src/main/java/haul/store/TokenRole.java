package haul.store;

import java.util.Locale;

/**
 * What a token of {@code haul serve} may do. An agency token submits that agency's returns; an
 * editor token signs in to the newsroom, with pre-release access to embargoed stories (every such
 * view recorded); an admin token does the statistics team's work and everything an editor may.
 */
public enum TokenRole {
  AGENCY,
  EDITOR,
  ADMIN;

  /** {@code agency}, {@code editor} or {@code admin}, as the store and {@code token list} write it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  static TokenRole ofLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
