package haul.demo;

import haul.reference.Drug;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * A drug of the national mix.
 *
 * @param seizures seizures of the drug in the mix's year
 * @param quantity their quantity in the drug's catalogue unit; empty for a count-only drug
 */
public record MixedDrug(
    Drug drug, int seizures, Optional<BigDecimal> quantity, FigureStatus status, String source) {

  public MixedDrug {
    Objects.requireNonNull(drug, "drug");
    Objects.requireNonNull(quantity, "quantity");
    if (drug.isCountOnly() != quantity.isEmpty()) {
      throw new IllegalArgumentException(drug.name() + ": a quantity is given exactly for drugs with a unit");
    }
  }

  /** The average quantity of one seizure; zero for a count-only drug. */
  public BigDecimal quantityPerSeizure() {
    return quantity
        .filter(q -> seizures > 0)
        .map(q -> q.divide(BigDecimal.valueOf(seizures), MathContext.DECIMAL64))
        .orElse(BigDecimal.ZERO);
  }
}
