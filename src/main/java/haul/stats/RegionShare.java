package haul.stats;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A region's seizures as a share of all seizures in England and Wales (Border Force and BTP in
 * the denominator), unrounded; empty when either figure is not available.
 */
public record RegionShare(Area region, Count seizures, Optional<BigDecimal> sharePercent) {}
