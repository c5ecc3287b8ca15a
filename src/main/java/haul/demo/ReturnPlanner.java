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
 * Decides, for every agency in a year, how many seizures of each drug it made and how much of each
 * it seized, so that every figure of the calibration comes out exactly:
 *
 * <ul>
 *   <li>seizures of each drug: the agency's seizures times the national mix, with {@link
 *       #DRUG_LINES_PER_EVENT} drugs per event; a drug whose national change is published (cocaine
 *       +5%) takes that change on the year before, the others shrink to make room; a drug fixed at
 *       zero for the agency is not seized at all;
 *   <li>quantities: a fixed figure where the calibration has one; where the national total is
 *       fixed, the rest of it shared among the other agencies by their seizures of the drug;
 *       otherwise the mix's quantity per seizure times the drug's seizures; where Border Force's share
 *       of a drug's quantity is published (this year or a later one), it takes that share of the
 *       national estimate and the police share the rest by their seizures of the drug.
 * </ul>
 */
final class ReturnPlanner {

  /** Drug lines per event: about 4 in 100 events hold a second drug (an estimate). */
  static final BigDecimal DRUG_LINES_PER_EVENT = new BigDecimal("1.04");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Calibration calibration;
  private final ReferenceData reference;

  ReturnPlanner(Calibration calibration, ReferenceData reference) {
    this.calibration = calibration;
    this.reference = reference;
  }

  /**
   * Plans every agency's return for a year.
   *
   * @param previous the plan of the year before, for published changes; empty for the first year
   */
  List<AgencyYearPlan> plan(FinancialYear year, Optional<List<AgencyYearPlan>> previous) {
    Map<Drug, BigDecimal> incidence = incidence(year, previous);
    List<Agency> agencies = reference.agencies().all();
    List<Map<Drug, Integer>> drugEvents = new ArrayList<>();
    for (Agency agency : agencies) {
      drugEvents.add(drugEvents(year, agency, incidence));
    }
    List<Map<Drug, Long>> quantities = new ArrayList<>();
    agencies.forEach(a -> quantities.add(new LinkedHashMap<>()));
    for (Drug drug : reference.drugs().drugs()) {
      if (!drug.isCountOnly()) {
        long[] units = quantities(year, drug, agencies, drugEvents);
        for (int i = 0; i < agencies.size(); i++) {
          quantities.get(i).put(drug, units[i]);
        }
      }
    }
    List<AgencyYearPlan> plans = new ArrayList<>();
    for (int i = 0; i < agencies.size(); i++) {
      Agency agency = agencies.get(i);
      plans.add(
          new AgencyYearPlan(
              agency, year, calibration.seizures(year, agency.code()), drugEvents.get(i), quantities.get(i)));
    }
    return List.copyOf(plans);
  }

  /** Seizures of each drug per event nationally, adding up to {@link #DRUG_LINES_PER_EVENT}. */
  private Map<Drug, BigDecimal> incidence(FinancialYear year, Optional<List<AgencyYearPlan>> previous) {
    BigDecimal total = BigDecimal.valueOf(calibration.mix().totalDrugSeizures());
    Map<Drug, BigDecimal> incidence = new LinkedHashMap<>();
    for (MixedDrug mixed : calibration.mix().drugs()) {
      incidence.put(
          mixed.drug(),
          BigDecimal.valueOf(mixed.seizures()).multiply(DRUG_LINES_PER_EVENT).divide(total, MathContext.DECIMAL64));
    }
    BigDecimal events = BigDecimal.valueOf(calibration.nationalSeizures(year));
    for (Drug drug : reference.drugs().drugs()) {
      Optional<BigDecimal> change = calibration.seizuresPercentChange(year, drug.name());
      if (change.isEmpty()) {
        continue;
      }
      List<AgencyYearPlan> before =
          previous.orElseThrow(() -> new IllegalStateException(
              "calibration.csv: a change in " + year + " needs the year before in the demo"));
      long previousSeizures = before.stream().mapToLong(p -> p.drugEvents(drug)).sum();
      BigDecimal target =
          BigDecimal.valueOf(previousSeizures)
              .multiply(HUNDRED.add(change.get()))
              .divide(HUNDRED.multiply(events), MathContext.DECIMAL64);
      BigDecimal othersBefore = DRUG_LINES_PER_EVENT.subtract(incidence.get(drug));
      BigDecimal othersFactor = DRUG_LINES_PER_EVENT.subtract(target).divide(othersBefore, MathContext.DECIMAL64);
      incidence.replaceAll((d, v) -> d.equals(drug) ? target : v.multiply(othersFactor, MathContext.DECIMAL64));
    }
    return incidence;
  }

  private Map<Drug, Integer> drugEvents(FinancialYear year, Agency agency, Map<Drug, BigDecimal> incidence) {
    int events = calibration.seizures(year, agency.code());
    List<Drug> drugs = reference.drugs().drugs();
    long lines =
        Math.max(
            events,
            BigDecimal.valueOf(events).multiply(DRUG_LINES_PER_EVENT).setScale(0, RoundingMode.HALF_UP).longValueExact());
    BigDecimal[] weights = new BigDecimal[drugs.size()];
    for (int i = 0; i < drugs.size(); i++) {
      Drug drug = drugs.get(i);
      boolean noneSeized =
          calibration.quantity(year, agency.code(), drug.name()).map(q -> q.signum() == 0).orElse(false);
      weights[i] = noneSeized ? BigDecimal.ZERO : incidence.get(drug);
    }
    long[] counts = Apportion.byDecimalWeights(lines, weights);
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

  private long[] quantities(FinancialYear year, Drug drug, List<Agency> agencies, List<Map<Drug, Integer>> drugEvents) {
    var unit = drug.unit().orElseThrow();
    int n = agencies.size();
    long[] units = new long[n];
    boolean[] fixed = new boolean[n];
    long[] seizures = new long[n];
    for (int i = 0; i < n; i++) {
      seizures[i] = drugEvents.get(i).getOrDefault(drug, 0);
      Optional<BigDecimal> quantity = calibration.quantity(year, agencies.get(i).code(), drug.name());
      if (quantity.isPresent()) {
        fixed[i] = true;
        units[i] = QuantityScale.toUnits(quantity.get(), unit);
      }
    }
    Optional<BigDecimal> national = calibration.quantity(year, CalibrationFigure.ENGLAND_AND_WALES, drug.name());
    if (national.isPresent()) {
      long rest = QuantityScale.toUnits(national.get(), unit);
      long[] weights = new long[n];
      for (int i = 0; i < n; i++) {
        if (fixed[i]) {
          rest -= units[i];
        } else {
          weights[i] = seizures[i];
        }
      }
      if (rest < 0) {
        throw new IllegalStateException(year + " " + drug.name() + ": fixed quantities exceed the national total");
      }
      long[] shares = Apportion.byWholeWeights(rest, weights);
      for (int i = 0; i < n; i++) {
        if (!fixed[i]) {
          units[i] = shares[i];
        }
      }
      return units;
    }
    BigDecimal perSeizure =
        calibration.mix().drugs().stream()
            .filter(m -> m.drug().equals(drug))
            .findFirst()
            .orElseThrow()
            .quantityPerSeizure();
    int borderForce = -1;
    for (int i = 0; i < n; i++) {
      if (agencies.get(i).type() == AgencyType.BORDER) {
        borderForce = i;
      }
      if (!fixed[i]) {
        units[i] =
            perSeizure
                .multiply(BigDecimal.valueOf(seizures[i]))
                .movePointRight(QuantityScale.decimals(unit))
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
      }
    }
    Optional<BigDecimal> share = borderForceShare(year, drug);
    if (share.isPresent() && !fixed[borderForce]) {
      // Border Force takes its share of the national estimate; the police share the rest by seizures.
      long estimated = java.util.Arrays.stream(units).sum();
      units[borderForce] =
          BigDecimal.valueOf(estimated).multiply(share.get()).divide(HUNDRED, 0, RoundingMode.HALF_UP).longValueExact();
      long rest = estimated - units[borderForce];
      long[] weights = new long[n];
      for (int i = 0; i < n; i++) {
        if (fixed[i]) {
          rest -= units[i];
        } else if (i != borderForce) {
          weights[i] = seizures[i];
        }
      }
      long[] shares = Apportion.byWholeWeights(Math.max(rest, 0), weights);
      for (int i = 0; i < n; i++) {
        if (!fixed[i] && i != borderForce) {
          units[i] = shares[i];
        }
      }
    }
    return units;
  }

  /**
   * Border Force's share of the national quantity of a drug: the year's published share, else the
   * latest published one (the big seizures at the border are not new).
   */
  private Optional<BigDecimal> borderForceShare(FinancialYear year, Drug drug) {
    String borderForce =
        reference.agencies().all().stream().filter(a -> a.type() == AgencyType.BORDER).findFirst().orElseThrow().code();
    Optional<BigDecimal> own = calibration.quantitySharePercent(year, borderForce, drug.name());
    if (own.isPresent()) {
      return own;
    }
    for (FinancialYear other : calibration.years().tailSet(year)) {
      Optional<BigDecimal> later = calibration.quantitySharePercent(other, borderForce, drug.name());
      if (later.isPresent()) {
        return later;
      }
    }
    return Optional.empty();
  }
}
