package haul.demo;

import haul.reference.Agency;
import haul.reference.AgencyType;
import haul.reference.Drug;
import haul.reference.FinancialYear;
import haul.reference.ReferenceData;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides how much of each drug every agency seized in every year, so that every quantity of the
 * calibration comes out exactly and a force's quantities change from year to year as its own
 * seizures do, not as the national figures' sources do (issue 12).
 *
 * <p>An agency's weight for a drug in a year is its seizures of it times the mix's quantity per
 * seizure times its own size of seizure against the police forces' ({@link
 * ForceTables#quantityFactor}), times its level: a force with a published figure in a later year
 * keeps, in the years before, the ratio of that figure to its weight there, so that a published
 * figure is the force's own size of haul and not a jump from an estimate (South Yorkshire's 230,069
 * cannabis plants in 2021/22); a published "none" gives no ratio, so there the force takes the
 * geometric mean of its other published figures' ratios that year. Then, in each year:
 *
 * <ul>
 *   <li>an agency with a fixed figure in {@code calibration.csv} takes it;
 *   <li>the national total is the published one, or else the weights' total at the quantity per
 *       weight of the nearest later year with a published total (the national mix's without one),
 *       so that an estimated year joins the published ones without a step;
 *   <li>Border Force takes its share of the national total where {@code calibration.csv} gives one
 *       for the year (published, or estimated with its reason);
 *   <li>the other agencies share what is left by their weights (largest remainder); without a
 *       national total or a share, each takes its weight.
 * </ul>
 */
final class QuantityPlanner {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Calibration calibration;
  private final ForceTables tables;
  private final List<Agency> agencies;
  private final int borderForce;
  private final ProxiedQuantities proxied;

  QuantityPlanner(Calibration calibration, ReferenceData reference, ForceTables tables) {
    this.calibration = calibration;
    this.tables = tables;
    this.agencies = reference.agencies().all();
    int border = -1;
    for (int i = 0; i < agencies.size(); i++) {
      if (agencies.get(i).type() == AgencyType.BORDER) {
        border = i;
      }
    }
    this.borderForce = border;
    this.proxied = new ProxiedQuantities(calibration, tables, agencies, border);
  }

  /**
   * The quantity units of one drug for every agency in every year.
   *
   * @param seizures seizures of the drug, {@code [year][agency]}, years oldest first and agencies in
   *     reference order
   * @param levels the levels each agency's published figures of the year set, {@code [year][agency]}
   *     (empty: none); this drug's own are added to it, and an agency whose figure of this drug is a
   *     published "none" takes, for the years before, the geometric mean of its other drugs' levels
   *     that year (a none gives no ratio of its own)
   * @return units, {@code [year][agency]}
   */
  long[][] plan(Drug drug, List<FinancialYear> years, long[][] seizures, long[][] ownSeizures, List<List<List<BigDecimal>>> levels) {
    var unit = drug.unit().orElseThrow();
    int n = agencies.size();
    int last = years.size() - 1;
    BigDecimal perSeizure =
        calibration.mix().drugs().stream()
            .filter(m -> m.drug().equals(drug))
            .findFirst()
            .orElseThrow()
            .quantityPerSeizure()
            .movePointRight(QuantityScale.decimals(unit));
    BigDecimal[] level = new BigDecimal[n];
    java.util.Arrays.fill(level, BigDecimal.ONE);
    Level perWeight = new Level();
    long[][] units = new long[years.size()][];
    for (int y = last; y >= 0; y--) {
      FinancialYear year = years.get(y);
      Long[] fixed = new Long[n];
      BigDecimal[] own = new BigDecimal[n];
      BigDecimal[] weights = new BigDecimal[n];
      for (int a = 0; a < n; a++) {
        own[a] =
            perSeizure
                .multiply(BigDecimal.valueOf(seizures[y][a]))
                .multiply(tables.quantityFactor(agencies.get(a).code(), drug, year), MathContext.DECIMAL64);
        weights[a] = own[a].multiply(level[a], MathContext.DECIMAL64);
        fixed[a] = calibration.quantity(year, agencies.get(a).code(), drug.name()).map(q -> QuantityScale.toUnits(q, unit)).orElse(null);
      }
      Optional<Long> national =
          calibration.quantity(year, CalibrationFigure.ENGLAND_AND_WALES, drug.name()).map(q -> QuantityScale.toUnits(q, unit));
      units[y] = year(drug, year, national, fixed, weights, perWeight);
      proxied.share(drug, year, national, units[y], fixed, ownSeizures[y], level, perSeizure);
      // A force's published figure sets its level for the years before, against the level the others took.
      BigDecimal others = perWeight.value.orElse(BigDecimal.ONE);
      for (int a = 0; a < n; a++) {
        if (fixed[a] == null || a == borderForce) {
          continue;
        }
        if (fixed[a] > 0 && own[a].signum() > 0) {
          level[a] = BigDecimal.valueOf(fixed[a]).divide(own[a].multiply(others, MathContext.DECIMAL64), MathContext.DECIMAL64);
          levels.get(y).get(a).add(level[a]);
        } else if (fixed[a] == 0) {
          level[a] = geometricMean(levels.get(y).get(a)).orElse(level[a]);
        }
      }
    }
    return units;
  }

  /** The geometric mean of levels (StrictMath, so that every JVM gives the same); empty for none. */
  private static Optional<BigDecimal> geometricMean(List<BigDecimal> levels) {
    if (levels.isEmpty()) {
      return Optional.empty();
    }
    double logs = 0;
    for (BigDecimal level : levels) {
      logs += StrictMath.log(level.doubleValue());
    }
    return Optional.of(new BigDecimal(StrictMath.exp(logs / levels.size()), MathContext.DECIMAL64));
  }

  /**
   * The quantity per weight of the agencies that share a total, carried from a year with a
   * published national total to the years before it.
   */
  private static final class Level {
    Optional<BigDecimal> value = Optional.empty();
  }

  private long[] year(Drug drug, FinancialYear year, Optional<Long> national, Long[] fixed, BigDecimal[] weights, Level perWeight) {
    int n = weights.length;
    long[] units = new long[n];
    long fixedTotal = 0;
    for (int a = 0; a < n; a++) {
      if (fixed[a] != null) {
        units[a] = fixed[a];
        fixedTotal += fixed[a];
      }
    }
    Optional<BigDecimal> share =
        fixed[borderForce] == null
            ? calibration.quantitySharePercent(year, agencies.get(borderForce).code(), drug.name())
            : Optional.empty();
    boolean[] open = new boolean[n];
    BigDecimal openWeights = BigDecimal.ZERO;
    for (int a = 0; a < n; a++) {
      open[a] = fixed[a] == null && !(share.isPresent() && a == borderForce);
      openWeights = openWeights.add(open[a] ? weights[a] : BigDecimal.ZERO);
    }
    if (national.isEmpty() && share.isEmpty()) {
      for (int a = 0; a < n; a++) {
        if (open[a]) {
          units[a] = weights[a].multiply(perWeight.value.orElse(BigDecimal.ONE), MathContext.DECIMAL64).setScale(0, RoundingMode.HALF_UP).longValueExact();
        }
      }
      return units;
    }
    long total;
    if (national.isPresent()) {
      total = national.get();
    } else if (perWeight.value.isPresent()) {
      // The open agencies at the level carried from the year after; Border Force's share makes up the total.
      BigDecimal others =
          openWeights.multiply(perWeight.value.get(), MathContext.DECIMAL64).add(BigDecimal.valueOf(fixedTotal));
      total = others.multiply(HUNDRED).divide(HUNDRED.subtract(share.get()), 0, RoundingMode.HALF_UP).longValueExact();
    } else {
      // No level yet: the national estimate is every agency's weight (the mix's quantity per seizure).
      BigDecimal estimate = BigDecimal.valueOf(fixedTotal);
      for (int a = 0; a < n; a++) {
        estimate = fixed[a] == null ? estimate.add(weights[a]) : estimate;
      }
      total = estimate.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
    long rest = total - fixedTotal;
    if (share.isPresent()) {
      units[borderForce] = BigDecimal.valueOf(total).multiply(share.get()).divide(HUNDRED, 0, RoundingMode.HALF_UP).longValueExact();
      rest -= units[borderForce];
    }
    if (rest < 0) {
      throw new IllegalStateException(
          year + " " + drug.name() + ": fixed quantities and Border Force's share exceed the national total");
    }
    if ((national.isPresent() || perWeight.value.isEmpty()) && openWeights.signum() > 0) {
      perWeight.value = Optional.of(BigDecimal.valueOf(rest).divide(openWeights, MathContext.DECIMAL64));
    }
    BigDecimal[] shareWeights = new BigDecimal[n];
    for (int a = 0; a < n; a++) {
      shareWeights[a] = open[a] ? weights[a] : BigDecimal.ZERO;
    }
    long[] parts = Apportion.byDecimalWeights(rest, shareWeights);
    for (int a = 0; a < n; a++) {
      if (open[a]) {
        units[a] = parts[a];
      }
    }
    return units;
  }

  /**
   * Every drug's units for every agency and year, {@code [year][agency]} maps in catalogue order.
   * Drugs with a published "none" somewhere are planned after the others, whose levels they take.
   */
  List<List<Map<Drug, Long>>> planAll(
      List<Drug> drugs, List<FinancialYear> years, List<List<Map<Drug, Integer>>> drugEvents,
      List<List<Map<Drug, Integer>>> ownEvents) {
    List<List<Map<Drug, Long>>> result = new ArrayList<>();
    List<List<List<BigDecimal>>> levels = new ArrayList<>();
    for (int y = 0; y < years.size(); y++) {
      List<Map<Drug, Long>> row = new ArrayList<>();
      List<List<BigDecimal>> yearLevels = new ArrayList<>();
      agencies.forEach(a -> {
        row.add(new LinkedHashMap<>());
        yearLevels.add(new ArrayList<>());
      });
      result.add(row);
      levels.add(yearLevels);
    }
    List<Drug> withUnits = drugs.stream().filter(d -> !d.isCountOnly()).toList();
    List<Drug> order = new ArrayList<>(withUnits.stream().filter(d -> !hasNone(d, years)).toList());
    order.addAll(withUnits.stream().filter(d -> hasNone(d, years)).toList());
    for (Drug drug : order) {
      long[][] seizures = new long[years.size()][agencies.size()];
      long[][] ownSeizures = new long[years.size()][agencies.size()];
      for (int y = 0; y < years.size(); y++) {
        for (int a = 0; a < agencies.size(); a++) {
          seizures[y][a] = drugEvents.get(y).get(a).getOrDefault(drug, 0);
          ownSeizures[y][a] = ownEvents.get(y).get(a).getOrDefault(drug, 0);
        }
      }
      long[][] units = plan(drug, years, seizures, ownSeizures, levels);
      for (int y = 0; y < years.size(); y++) {
        for (int a = 0; a < agencies.size(); a++) {
          result.get(y).get(a).put(drug, units[y][a]);
        }
      }
    }
    // Back in catalogue order, as the returns list drugs.
    for (List<Map<Drug, Long>> row : result) {
      for (int a = 0; a < row.size(); a++) {
        Map<Drug, Long> sorted = new LinkedHashMap<>();
        for (Drug drug : withUnits) {
          sorted.put(drug, row.get(a).get(drug));
        }
        row.set(a, sorted);
      }
    }
    return result;
  }

  private boolean hasNone(Drug drug, List<FinancialYear> years) {
    for (FinancialYear year : years) {
      for (Agency agency : agencies) {
        if (calibration.quantity(year, agency.code(), drug.name()).map(q -> q.signum() == 0).orElse(false)) {
          return true;
        }
      }
    }
    return false;
  }
}
