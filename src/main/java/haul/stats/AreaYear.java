package haul.stats;

import haul.reference.DrugClass;
import haul.reference.FinancialYear;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every figure of one area in one financial year.
 *
 * @param seizures distinct events dated in the year
 * @param drugs one entry per catalogue row in table order, then "All cannabis"
 * @param classes seizures by class (A, B, C, Unknown, none); they do not add up to the total
 */
public record AreaYear(
    Area area,
    FinancialYear year,
    Count seizures,
    List<DrugFigures> drugs,
    Map<DrugClass, Count> classes) {

  public AreaYear {
    drugs = List.copyOf(drugs);
    classes = Map.copyOf(classes);
  }

  public Optional<DrugFigures> drug(String name) {
    return drugs.stream().filter(d -> d.drug().equals(name)).findFirst();
  }

  public Count classSeizures(DrugClass drugClass) {
    return classes.getOrDefault(drugClass, Count.notAvailable());
  }
}
