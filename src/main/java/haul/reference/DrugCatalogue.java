package haul.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of the published drug tables, their units, their names in returns and their class over
 * time. A seizure's class is its drug's class on the seizure's date.
 */
public final class DrugCatalogue {

  /** The group row of every cannabis drug. */
  public static final String ALL_CANNABIS = "All cannabis";

  private final List<Drug> drugs;
  private final Map<String, Drug> byName = new LinkedHashMap<>();
  private final Map<String, List<DrugAlias>> aliasesByLowerName = new LinkedHashMap<>();
  private final List<DrugClassPeriod> classPeriods;
  private final Map<String, InputUnit> inputUnits = new LinkedHashMap<>();

  DrugCatalogue(
      List<Drug> drugs,
      List<DrugAlias> aliases,
      List<DrugClassPeriod> classPeriods,
      List<InputUnit> inputUnits) {
    this.drugs = List.copyOf(drugs);
    this.classPeriods = List.copyOf(classPeriods);
    for (Drug drug : this.drugs) {
      byName.put(drug.name(), drug);
      aliasesByLowerName
          .computeIfAbsent(drug.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(new DrugAlias(drug.name(), drug.name(), Optional.empty(), Optional.empty()));
    }
    for (DrugAlias alias : aliases) {
      if (!byName.containsKey(alias.drug())) {
        throw new IllegalStateException("alias " + alias.alias() + " names no catalogue row: " + alias.drug());
      }
      aliasesByLowerName
          .computeIfAbsent(alias.alias().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(alias);
    }
    for (DrugClassPeriod period : this.classPeriods) {
      if (!byName.containsKey(period.drug())) {
        throw new IllegalStateException("class history names no catalogue row: " + period.drug());
      }
    }
    for (InputUnit unit : inputUnits) {
      this.inputUnits.put(unit.name(), unit);
    }
  }

  /** Every row in the order of the Home Office tables. */
  public List<Drug> drugs() {
    return drugs;
  }

  public Optional<Drug> byName(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public Drug require(String name) {
    return byName(name).orElseThrow(() -> new IllegalArgumentException("unknown drug: " + name));
  }

  /**
   * The catalogue row a name in a return means on a date: its own name or an alias, in any letter
   * case. Empty when the name is unknown, or names a substance not controlled on that date.
   */
  public Optional<Drug> resolve(String name, LocalDate date) {
    List<DrugAlias> candidates =
        aliasesByLowerName.get(name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    if (candidates == null) {
      return Optional.empty();
    }
    return candidates.stream().filter(a -> a.covers(date)).findFirst().map(a -> byName.get(a.drug()));
  }

  /** Whether the name is known at all, on some date. */
  public boolean knowsName(String name) {
    return aliasesByLowerName.containsKey(name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
  }

  /** The drug's class on a date; empty when it was not controlled then. */
  public Optional<DrugClass> classOn(String drug, LocalDate date) {
    return classPeriods.stream()
        .filter(p -> p.drug().equals(drug) && p.covers(date))
        .map(DrugClassPeriod::drugClass)
        .findFirst();
  }

  /** The class a table row carries for a financial year: its class on 31 March of the year. */
  public Optional<DrugClass> classInYear(String drug, FinancialYear year) {
    return classOn(drug, year.lastDay());
  }

  public List<DrugClassPeriod> classPeriods() {
    return classPeriods;
  }

  /** Every alias with its validity, catalogue names included. */
  public List<DrugAlias> aliases() {
    List<DrugAlias> all = new ArrayList<>();
    aliasesByLowerName.values().forEach(all::addAll);
    return all;
  }

  public Optional<InputUnit> inputUnit(String name) {
    return Optional.ofNullable(inputUnits.get(name.strip().toLowerCase(Locale.ROOT)));
  }

  public List<InputUnit> inputUnits() {
    return List.copyOf(inputUnits.values());
  }
}
