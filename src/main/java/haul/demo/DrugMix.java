package haul.demo;

import haul.reference.DrugCatalogue;
import java.util.List;

/**
 * The national drug mix ({@code drug_mix.csv}): how often each catalogue drug is seized and how much
 * a seizure of it holds on average, from the latest national row of the Home Office tables.
 */
public record DrugMix(List<MixedDrug> drugs) {

  public DrugMix {
    drugs = List.copyOf(drugs);
  }

  static DrugMix load(DrugCatalogue catalogue) {
    List<MixedDrug> drugs =
        DemoTable.load("drug_mix.csv").stream()
            .map(
                r ->
                    new MixedDrug(
                        catalogue.require(r.getField("drug")),
                        Integer.parseInt(r.getField("seizures")),
                        DemoTable.optionalDecimal(r, "quantity"),
                        FigureStatus.fromLabel(r.getField("status")),
                        r.getField("source")))
            .toList();
    if (drugs.size() != catalogue.drugs().size()) {
      throw new IllegalStateException("drug_mix.csv must have one row per catalogue drug");
    }
    return new DrugMix(drugs);
  }

  /** Seizures of every drug together (more than the seizures: one may hold several drugs). */
  public long totalDrugSeizures() {
    return drugs.stream().mapToLong(MixedDrug::seizures).sum();
  }
}
