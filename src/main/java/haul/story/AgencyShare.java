package haul.story;

import haul.reference.Agency;
import haul.stats.Count;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/** An agency's seizures against all seizures in England and Wales this year. */
record AgencyShare(Agency agency, Count seizures, Count national) {

  /** The agency's share in per cent, unrounded; empty when either count is not available or 0. */
  Optional<BigDecimal> percent() {
    if (!seizures.isAvailable() || !national.isAvailable() || national.get() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(seizures.get() * 100).divide(BigDecimal.valueOf(national.get()), MathContext.DECIMAL64));
  }
}
