package haul.demo;

import haul.reference.Agency;
import haul.reference.Drug;
import haul.reference.FinancialYear;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one agency's return for one year must hold before any event is drawn.
 *
 * @param events seizures (distinct events)
 * @param drugEvents seizures of each drug, catalogue order; they add up to more than {@code events}
 *     because some events hold several drugs
 * @param quantityUnits the quantity of each drug in {@link QuantityScale} units
 */
record AgencyYearPlan(
    Agency agency,
    FinancialYear year,
    int events,
    Map<Drug, Integer> drugEvents,
    Map<Drug, Long> quantityUnits) {

  AgencyYearPlan {
    drugEvents = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(drugEvents));
    quantityUnits = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(quantityUnits));
  }

  int drugEvents(Drug drug) {
    return drugEvents.getOrDefault(drug, 0);
  }

  long quantityUnits(Drug drug) {
    return quantityUnits.getOrDefault(drug, 0L);
  }
}
