package haul.demo;

import haul.reference.Agency;
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
 * Decides, for every agency in a year, how many seizures of each drug it made and how much of each
 * it seized, so that every figure of the calibration comes out exactly:
 *
 * <ul>
 *   <li>seizures of each drug: the agency's seizures times the national mix weighted by its own
 *       profile in the force tables ({@link ForceTables#seizureFactor}), the weights of each drug
 *       then scaled alike so that the agencies together keep the national mix, with {@link
 *       #DRUG_LINES_PER_EVENT} drugs per event; a drug whose national change is published (cocaine
 *       +5%) is first shared out at exactly that change, by each agency's expected seizures of it,
 *       and the agency's other drugs share the rest of its lines; a drug fixed at zero for the agency
 *       is not seized at all;
 *   <li>quantities: {@link QuantityPlanner}, over all the years at once.
 * </ul>
 */
final class ReturnPlanner {

  /** Drug lines per event: about 4 in 100 events hold a second drug (an estimate). */
  static final BigDecimal DRUG_LINES_PER_EVENT = new BigDecimal("1.04");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Rounds of fitting the agencies' mixes back to the national one: enough to agree within a seizure or so. */
  private static final int FITTING_ROUNDS = 12;

  private final Calibration calibration;
  private final ReferenceData reference;
  private final ForceTables tables;

  ReturnPlanner(Calibration calibration, ReferenceData reference, ForceTables tables) {
    this.calibration = calibration;
    this.reference = reference;
    this.tables = tables;
  }

  /**
   * Plans every agency's return for every calibrated year, oldest first: seizures of each drug year
   * by year (a published change needs the year before), then the quantities of all years together
   * ({@link QuantityPlanner}: a year before a published figure follows from it).
   */
  List<List<AgencyYearPlan>> planAll() {
    List<Agency> agencies = reference.agencies().all();
    List<FinancialYear> years = List.copyOf(calibration.years());
    List<List<Map<Drug, Integer>>> drugEvents = new ArrayList<>();
    List<List<Map<Drug, Integer>>> ownEvents = new ArrayList<>();
    Optional<List<Map<Drug, Integer>>> previous = Optional.empty();
    for (FinancialYear year : years) {
      List<Map<Drug, Integer>> events = drugEvents(year, agencies, previous);
      drugEvents.add(events);
      ownEvents.add(varyProxied(year, agencies, events));
      previous = Optional.of(events);
    }
    List<List<Map<Drug, Long>>> quantities =
        new QuantityPlanner(calibration, reference, tables).planAll(reference.drugs().drugs(), years, drugEvents, ownEvents);
    drugEvents = ownEvents;
    List<List<AgencyYearPlan>> plans = new ArrayList<>();
    for (int y = 0; y < years.size(); y++) {
      List<AgencyYearPlan> year = new ArrayList<>();
      for (int a = 0; a < agencies.size(); a++) {
        Agency agency = agencies.get(a);
        year.add(new AgencyYearPlan(agency, years.get(y), calibration.seizures(years.get(y), agency.code()),
            drugEvents.get(y).get(a), quantities.get(y).get(a)));
      }
      plans.add(List.copyOf(year));
    }
    return List.copyOf(plans);
  }

  /**
   * The proxied agencies' own drug mix ({@code force_proxies.csv}): each pair of them trades
   * seizures between each pair of neighbouring drugs both seized (catalogue order), by up to the
   * proxies' variation of the smaller of the four counts ({@link ForceTables#variation}). A trade
   * moves k seizures of one drug from the first to the second and k of the other back, so every
   * agency keeps its seizures and drug lines and the proxied agencies together keep their seizures
   * of each drug: no other agency's figure and no national one moves. A drug with a fixed quantity
   * for either agency is left alone (its seizures carry the published figure).
   */
  private List<Map<Drug, Integer>> varyProxied(FinancialYear year, List<Agency> agencies, List<Map<Drug, Integer>> events) {
    List<Map<Drug, Integer>> result = new ArrayList<>();
    events.forEach(m -> result.add(new LinkedHashMap<>(m)));
    List<Integer> proxied = new ArrayList<>();
    for (int a = 0; a < agencies.size(); a++) {
      if (tables.proxied(agencies.get(a).code())) {
        proxied.add(a);
      }
    }
    List<Drug> drugs = reference.drugs().drugs();
    for (int p = 0; p < proxied.size(); p++) {
      for (int q = p + 1; q < proxied.size(); q++) {
        Agency first = agencies.get(proxied.get(p));
        Agency second = agencies.get(proxied.get(q));
        Map<Drug, Integer> one = result.get(proxied.get(p));
        Map<Drug, Integer> other = result.get(proxied.get(q));
        List<Drug> both =
            drugs.stream()
                .filter(d -> one.getOrDefault(d, 0) > 0 && other.getOrDefault(d, 0) > 0)
                .filter(d -> calibration.quantity(year, first.code(), d.name()).isEmpty()
                    && calibration.quantity(year, second.code(), d.name()).isEmpty())
                .toList();
        for (int k = 0; k + 1 < both.size(); k++) {
          Drug d = both.get(k);
          Drug e = both.get(k + 1);
          int least = Math.min(Math.min(one.get(d), one.get(e)), Math.min(other.get(d), other.get(e)));
          long trade =
              tables.variation(first.code(), d.name() + "/" + e.name() + "/" + second.code(), year)
                  .subtract(BigDecimal.ONE)
                  .multiply(BigDecimal.valueOf(least))
                  .setScale(0, RoundingMode.HALF_UP)
                  .longValueExact();
          int t = (int) trade;
          int eventsOne = calibration.seizures(year, first.code());
          int eventsOther = calibration.seizures(year, second.code());
          if (t == 0 || !within(one.get(d) + t, eventsOne) || !within(one.get(e) - t, eventsOne)
              || !within(other.get(d) - t, eventsOther) || !within(other.get(e) + t, eventsOther)) {
            continue;
          }
          one.merge(d, t, Integer::sum);
          one.merge(e, -t, Integer::sum);
          other.merge(d, -t, Integer::sum);
          other.merge(e, t, Integer::sum);
        }
      }
    }
    return result;
  }

  private static boolean within(int count, int events) {
    return count >= 1 && count <= events;
  }

  /** Seizures of each drug per event in the national mix, adding up to {@link #DRUG_LINES_PER_EVENT}. */
  private Map<Drug, BigDecimal> nationalIncidence() {
    BigDecimal total = BigDecimal.valueOf(calibration.mix().totalDrugSeizures());
    Map<Drug, BigDecimal> incidence = new LinkedHashMap<>();
    for (MixedDrug mixed : calibration.mix().drugs()) {
      incidence.put(
          mixed.drug(),
          BigDecimal.valueOf(mixed.seizures()).multiply(DRUG_LINES_PER_EVENT).divide(total, MathContext.DECIMAL64));
    }
    return incidence;
  }

  /**
   * Seizures of each drug for every agency: its drug lines shared by the national mix times its own
   * profile ({@link ForceTables#seizureFactor}); a drug whose national change is published is first
   * shared out at exactly that change, by each agency's expected seizures of it.
   */
  private List<Map<Drug, Integer>> drugEvents(
      FinancialYear year, List<Agency> agencies, Optional<List<Map<Drug, Integer>>> previous) {
    Map<Drug, BigDecimal> incidence = nationalIncidence();
    List<Drug> drugs = reference.drugs().drugs();
    int n = agencies.size();
    long[] lines = new long[n];
    BigDecimal[][] weights = new BigDecimal[n][drugs.size()];
    for (int a = 0; a < n; a++) {
      Agency agency = agencies.get(a);
      int events = calibration.seizures(year, agency.code());
      lines[a] =
          Math.max(
              events,
              BigDecimal.valueOf(events).multiply(DRUG_LINES_PER_EVENT).setScale(0, RoundingMode.HALF_UP).longValueExact());
      for (int d = 0; d < drugs.size(); d++) {
        Drug drug = drugs.get(d);
        boolean noneSeized =
            calibration.quantity(year, agency.code(), drug.name()).map(q -> q.signum() == 0).orElse(false);
        weights[a][d] =
            noneSeized
                ? BigDecimal.ZERO
                : incidence.get(drug).multiply(tables.seizureFactor(agency.code(), drug, year), MathContext.DECIMAL64);
      }
    }
    keepTheNationalMix(weights, lines, drugs, incidence);
    long[][] counts = new long[n][drugs.size()];
    boolean[] shared = new boolean[drugs.size()];
    for (int d = 0; d < drugs.size(); d++) {
      Drug drug = drugs.get(d);
      Optional<BigDecimal> change = calibration.seizuresPercentChange(year, drug.name());
      if (change.isEmpty()) {
        continue;
      }
      List<Map<Drug, Integer>> before =
          previous.orElseThrow(() -> new IllegalStateException(
              "calibration.csv: a change in " + year + " needs the year before in the demo"));
      long previousSeizures = before.stream().mapToLong(p -> p.getOrDefault(drug, 0)).sum();
      long target =
          BigDecimal.valueOf(previousSeizures)
              .multiply(HUNDRED.add(change.get()))
              .divide(HUNDRED, 0, RoundingMode.HALF_UP)
              .longValueExact();
      BigDecimal[] expected = new BigDecimal[n];
      for (int a = 0; a < n; a++) {
        BigDecimal sum = java.util.Arrays.stream(weights[a]).reduce(BigDecimal.ZERO, BigDecimal::add);
        expected[a] =
            sum.signum() == 0
                ? BigDecimal.ZERO
                : weights[a][d].multiply(BigDecimal.valueOf(lines[a])).divide(sum, MathContext.DECIMAL64);
      }
      long[] parts = Apportion.byDecimalWeights(target, expected);
      for (int a = 0; a < n; a++) {
        counts[a][d] = parts[a];
      }
      shared[d] = true;
    }
    List<Map<Drug, Integer>> result = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      long rest = lines[a];
      BigDecimal[] others = new BigDecimal[drugs.size()];
      for (int d = 0; d < drugs.size(); d++) {
        rest -= shared[d] ? counts[a][d] : 0;
        others[d] = shared[d] ? BigDecimal.ZERO : weights[a][d];
      }
      long[] parts = Apportion.byDecimalWeights(Math.max(rest, 0), others);
      for (int d = 0; d < drugs.size(); d++) {
        if (!shared[d]) {
          counts[a][d] = parts[d];
        }
      }
      result.add(drugEvents(year, agencies.get(a), drugs, counts[a]));
    }
    return result;
  }

  /**
   * Scales each drug's weights alike for all agencies (iterative proportional fitting, {@link
   * #FITTING_ROUNDS} rounds) so that the agencies' expected seizures of each drug add up to the
   * national mix again: the agencies' own profiles say how they differ from it, not what it is.
   */
  private static void keepTheNationalMix(
      BigDecimal[][] weights, long[] lines, List<Drug> drugs, Map<Drug, BigDecimal> incidence) {
    int n = weights.length;
    BigDecimal allLines = BigDecimal.valueOf(java.util.Arrays.stream(lines).sum());
    BigDecimal perEvent = incidence.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    for (int round = 0; round < FITTING_ROUNDS; round++) {
      BigDecimal[] expected = new BigDecimal[drugs.size()];
      java.util.Arrays.fill(expected, BigDecimal.ZERO);
      for (int a = 0; a < n; a++) {
        BigDecimal sum = java.util.Arrays.stream(weights[a]).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.signum() == 0) {
          continue;
        }
        for (int d = 0; d < drugs.size(); d++) {
          expected[d] =
              expected[d].add(weights[a][d].multiply(BigDecimal.valueOf(lines[a])).divide(sum, MathContext.DECIMAL64));
        }
      }
      for (int d = 0; d < drugs.size(); d++) {
        if (expected[d].signum() == 0) {
          continue;
        }
        BigDecimal target = allLines.multiply(incidence.get(drugs.get(d))).divide(perEvent, MathContext.DECIMAL64);
        BigDecimal factor = target.divide(expected[d], MathContext.DECIMAL64);
        for (int a = 0; a < n; a++) {
          weights[a][d] = weights[a][d].multiply(factor, MathContext.DECIMAL64);
        }
      }
    }
  }

  private Map<Drug, Integer> drugEvents(FinancialYear year, Agency agency, List<Drug> drugs, long[] counts) {
    int events = calibration.seizures(year, agency.code());
    for (int i = 0; i < drugs.size(); i++) {
      boolean fixedSome =
          calibration.quantity(year, agency.code(), drugs.get(i).name()).map(q -> q.signum() > 0).orElse(false);
      if (fixedSome && counts[i] == 0) {
        // A published quantity needs at least one seizure to carry it: take it from the commonest drug.
        int commonest = 0;
        for (int j = 1; j < counts.length; j++) {
          if (counts[j] > counts[commonest]) {
            commonest = j;
          }
        }
        counts[commonest]--;
        counts[i]++;
      }
    }
    Map<Drug, Integer> result = new LinkedHashMap<>();
    for (int i = 0; i < drugs.size(); i++) {
      if (counts[i] > events) {
        throw new IllegalStateException(agency.code() + " " + year + ": more seizures of " + drugs.get(i).name() + " than events");
      }
      if (counts[i] > 0) {
        result.put(drugs.get(i), (int) counts[i]);
      }
    }
    return result;
  }
}
