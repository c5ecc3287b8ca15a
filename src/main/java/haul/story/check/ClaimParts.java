package haul.story.check;

import haul.story.prose.FigureUnit;
import haul.reference.FinancialYear;
import haul.story.prose.FactMeasure;
import java.util.Locale;
import java.util.Optional;

/** Builds a {@link Claim} from what a sentence's words say and, when it was tied to one, the fact. */
final class ClaimParts {

  private ClaimParts() {}

  static Claim of(Reading reading, Optional<Fact> fact, FinancialYear year) {
    Figure figure = reading.figure();
    Optional<String> subject = fact.map(Fact::areaCode)
        .or(() -> reading.named().map(m -> m.codes().iterator().next()))
        .filter(code -> !code.equals(Lexicon.NO_AGENCY));
    String measure = fact.map(f -> f.measure().label()).orElseGet(() -> measureRead(reading));
    Optional<String> drug = fact.flatMap(Fact::drug)
        .or(() -> reading.drugs().size() == 1 ? reading.drugs().stream().findFirst() : Optional.empty());
    Optional<String> years = fact.map(Fact::period).or(() -> yearsRead(reading, year));
    Optional<String> direction = reading.direction().map(d -> d > 0 ? "rise" : d < 0 ? "fall" : "unchanged");
    return new Claim(subject, measure, drug, years, direction, figure.value(), name(figure.unit()),
        figure.hedge().name().toLowerCase(Locale.ROOT), figure.isInWords());
  }

  private static String measureRead(Reading reading) {
    if (reading.missing().filter(m -> m.startsWith("measure")).isPresent() || reading.roles().isEmpty()) {
      return reading.figure().unit().quantityUnit().isPresent() && !reading.drugs().isEmpty()
          ? FactMeasure.QUANTITY.label() : "unknown";
    }
    return switch (reading.roles().get(0)) {
      case CURRENT, PREVIOUS -> (reading.figure().unit() == FigureUnit.COUNT ? FactMeasure.SEIZURES : FactMeasure.QUANTITY).label();
      case PERCENT_CHANGE -> FactMeasure.PERCENT_CHANGE.label();
      case MULTIPLE -> FactMeasure.MULTIPLE.label();
      case SHARE -> FactMeasure.SHARE.label();
    };
  }

  private static Optional<String> yearsRead(Reading reading, FinancialYear year) {
    if (reading.roles().isEmpty() || reading.yearOpen()) {
      return Optional.empty();
    }
    return switch (reading.roles().get(0)) {
      case CURRENT, SHARE -> Optional.of(year.label());
      case PREVIOUS -> Optional.of(year.previous().label());
      case PERCENT_CHANGE, MULTIPLE -> Optional.of(year.previous().label() + " to " + year.label());
    };
  }

  private static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
