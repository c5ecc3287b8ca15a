package haul.story.prose;

import haul.reference.Unit;
import java.math.BigDecimal;
import java.util.Optional;

/** The unit a figure is written in. */
public enum FigureUnit {
  /** A number of things: seizures, unless the words after it say otherwise. */
  COUNT,
  KG,
  GRAMS,
  TONNES,
  DOSES,
  PLANTS,
  PER_CENT,
  /** A multiple: "nearly ten times". */
  TIMES,
  /** "no ketamine was seized": nothing of a drug. */
  NONE_OF;

  /** The catalogue unit a quantity figure is in, empty for the others. */
  public Optional<Unit> quantityUnit() {
    return switch (this) {
      case KG, GRAMS, TONNES -> Optional.of(Unit.KG);
      case DOSES -> Optional.of(Unit.DOSES);
      case PLANTS -> Optional.of(Unit.PLANTS);
      default -> Optional.empty();
    };
  }

  /** A value in the catalogue unit, converted to this unit (kg to grams or tonnes). */
  public BigDecimal fromCatalogueUnit(BigDecimal value) {
    return switch (this) {
      case GRAMS -> value.movePointRight(3);
      case TONNES -> value.movePointLeft(3);
      default -> value;
    };
  }
}
