package haul.demo;

import haul.reference.Agency;
import haul.reference.Drug;
import haul.reference.FinancialYear;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The quantities of the agencies that take a proxy's rows ({@code force_proxies.csv}): their own,
 * not copies of the proxy's, while everyone else's and the national ones stay as {@link
 * QuantityPlanner} shared them.
 */
final class ProxiedQuantities {

  private final Calibration calibration;
  private final ForceTables tables;
  private final List<Agency> agencies;
  private final int borderForce;

  ProxiedQuantities(Calibration calibration, ForceTables tables, List<Agency> agencies, int borderForce) {
    this.calibration = calibration;
    this.tables = tables;
    this.agencies = agencies;
    this.borderForce = borderForce;
  }

  /**
   * Shares again what the proxied agencies ({@code force_proxies.csv}) took together, among them
   * alone: by their own seizures ({@link ReturnPlanner}'s varied mix) times their quantity per
   * seizure, their level and their own variation ({@link ForceTables#variation}). Their total, and
   * so every other agency's figure and the national one, stays as it was. A proxied agency's figure
   * that equals another agency's is then moved a unit at a time to or from another proxied agency
   * (a Welsh force copying, or seeming to copy, its neighbour to the last decimal is what this is for);
   * where no total was shared and one proxied agency alone seized the drug, it moves off alone.
   */
  void share(
      Drug drug, FinancialYear year, Optional<Long> national, long[] units, Long[] fixed, long[] ownSeizures,
      BigDecimal[] level, BigDecimal perSeizure) {
    int n = units.length;
    List<Integer> pool = new ArrayList<>();
    long total = 0;
    for (int a = 0; a < n; a++) {
      if (fixed[a] == null && tables.proxied(agencies.get(a).code())) {
        pool.add(a);
        total += units[a];
      }
    }
    if (pool.isEmpty() || total == 0) {
      return;
    }
    BigDecimal[] weights = new BigDecimal[pool.size()];
    BigDecimal sum = BigDecimal.ZERO;
    for (int p = 0; p < pool.size(); p++) {
      int a = pool.get(p);
      String code = agencies.get(a).code();
      weights[p] =
          perSeizure
              .multiply(BigDecimal.valueOf(ownSeizures[a]))
              .multiply(tables.quantityFactor(code, drug, year), MathContext.DECIMAL64)
              .multiply(level[a], MathContext.DECIMAL64)
              .multiply(tables.variation(code, drug.name(), year), MathContext.DECIMAL64);
      sum = sum.add(weights[p]);
    }
    if (sum.signum() <= 0) {
      return;
    }
    long[] parts = Apportion.byDecimalWeights(total, weights);
    for (int p = 0; p < pool.size(); p++) {
      units[pool.get(p)] = parts[p];
    }
    for (int round = 0; round < 4 * pool.size() * pool.size(); round++) {
      int clash = -1;
      for (int p = 0; p < pool.size() && clash < 0; p++) {
        clash = clashes(units, pool.get(p)) ? p : -1;
      }
      if (clash < 0) {
        return;
      }
      // Move a unit between the clashing agency and the next one in the pool that seized the drug.
      int a = pool.get(clash);
      for (int step = 1; step < pool.size(); step++) {
        int b = pool.get((clash + step) % pool.size());
        int sign = ((round / pool.size()) % 2 == 0) ? 1 : -1;
        int giver = sign > 0 ? b : a;
        int taker = sign > 0 ? a : b;
        if (ownSeizures[taker] > 0 && units[giver] > 1) {
          units[giver]--;
          units[taker]++;
          break;
        }
      }
    }
    boolean shared =
        national.isPresent()
            || (fixed[borderForce] == null
                && calibration.quantitySharePercent(year, agencies.get(borderForce).code(), drug.name()).isPresent());
    if (shared) {
      return;
    }
    // No total was shared (each agency took its own weight), so an agency still on another's figure
    // (the only one of the pool to seize the drug) moves off it alone: only the national estimate moves.
    for (int a : pool) {
      long base = units[a];
      for (long step = 1; units[a] > 0 && clashes(units, a); step++) {
        long candidate = step % 2 == 1 ? base + (step + 1) / 2 : base - step / 2;
        units[a] = candidate < 1 ? base + step : candidate;
      }
    }
  }

  /** Whether the agency's non-zero figure equals any other agency's. */
  private static boolean clashes(long[] units, int agency) {
    if (units[agency] == 0) {
      return false;
    }
    for (int a = 0; a < units.length; a++) {
      if (a != agency && units[a] == units[agency]) {
        return true;
      }
    }
    return false;
  }

}
