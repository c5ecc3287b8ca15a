package haul.ingest.tables;

import haul.ingest.tables.TableParser.RowValues;
import haul.reference.Agency;
import haul.reference.Drug;
import haul.reference.DrugClass;
import haul.reference.FinancialYear;
import haul.reference.ReferenceData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Consistency checks on a published table, reported as warnings with the cells involved. They rest
 * on what the counts mean: one event may hold several drugs, so a class total may be less than
 * the sum of its drugs' counts but never less than its largest drug, and never more than the sum
 * when the class's "Other" column catches every drug of the class. A drug whose class changed
 * during the year (ketamine in 2014/15) may count towards both classes, so it bounds neither from
 * below and both from above.
 */
final class TableChecks {

  private final ReferenceData reference;
  private final String file;
  private final FinancialYear year;
  private final TableMeasure measure;
  private final Map<TableItem, String> labels;
  private final List<TableIssue> warnings = new ArrayList<>();

  TableChecks(ReferenceData reference, String file, FinancialYear year, TableMeasure measure, Map<TableItem, String> labels) {
    this.reference = reference;
    this.file = file;
    this.year = year;
    this.measure = measure;
    this.labels = labels;
  }

  List<TableIssue> check(List<RowValues> agencyRows, List<RowValues> totalRows) {
    checkMissingAgencies(agencyRows);
    if (measure == TableMeasure.SEIZURES) {
      for (RowValues row : agencyRows) {
        checkTotal(row);
        for (DrugClass drugClass : DrugClass.values()) {
          checkClass(row, drugClass);
        }
        labels.keySet().stream().filter(i -> i.kind() == ItemKind.GROUP).forEach(group -> checkGroup(row, group));
      }
    }
    for (RowValues total : totalRows) {
      checkTotalRow(total, agencyRows);
    }
    return warnings;
  }

  private void checkMissingAgencies(List<RowValues> rows) {
    Set<String> present = rows.stream().map(RowValues::agencyCode).collect(Collectors.toSet());
    List<Agency> missing = reference.agencies().all().stream().filter(a -> !present.contains(a.code())).toList();
    if (!missing.isEmpty()) {
      warnings.add(new TableIssue(file, 0, "", TableIssueCode.AGENCY_MISSING,
          "no row for " + missing.size() + (missing.size() == 1 ? " agency: " : " agencies: ")
              + missing.stream().map(Agency::fullName).collect(Collectors.joining(", "))
              + "; their " + measure.label() + " for " + year.label() + " are not available"));
    }
  }

  private void checkTotal(RowValues row) {
    Optional<BigDecimal> total = value(row, TableItem.ALL_DRUGS);
    if (total.isEmpty()) {
      return;
    }
    largest(row, labels.keySet().stream().filter(i -> i.kind() != ItemKind.TOTAL).toList())
        .filter(largest -> largest.value().compareTo(total.get()) > 0)
        .ifPresent(largest -> warn(row, TableIssueCode.TOTAL_BELOW_ITEM, TableItem.ALL_DRUGS, largest.item(),
            "All drugs (" + plain(total.get()) + ") is below " + largest.item() + " (" + plain(largest.value())
                + "): every seizure of a drug is a seizure of some drug"));
  }

  private void checkClass(RowValues row, DrugClass drugClass) {
    TableItem classItem = new TableItem(ItemKind.CLASS, drugClass.label());
    Optional<BigDecimal> total = value(row, classItem);
    if (total.isEmpty()) {
      return;
    }
    List<TableItem> alwaysInClass = new ArrayList<>();
    List<TableItem> everInClass = new ArrayList<>();
    for (TableItem item : labels.keySet()) {
      Set<DrugClass> classes = classesDuringYear(item);
      if (classes.contains(drugClass) && !coveredByGroupColumn(item)) {
        everInClass.add(item);
        if (classes.size() == 1) {
          alwaysInClass.add(item);
        }
      }
    }
    largest(row, alwaysInClass)
        .filter(largest -> largest.value().compareTo(total.get()) > 0)
        .ifPresent(largest -> warn(row, TableIssueCode.CLASS_BELOW_DRUG, classItem, largest.item(),
            "the class " + drugClass.label() + " total (" + plain(total.get()) + ") is below " + largest.item()
                + " (" + plain(largest.value()) + "), a drug of the class"));
    if (hasCatchAll(drugClass) && !everInClass.isEmpty() && everInClass.stream().allMatch(i -> value(row, i).isPresent())) {
      BigDecimal sum = everInClass.stream().map(i -> value(row, i).orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (total.get().compareTo(sum) > 0) {
        warnings.add(new TableIssue(file, row.row(), labels.get(classItem), TableIssueCode.CLASS_ABOVE_SUM,
            row.agencyCode() + ": the class " + drugClass.label() + " total (" + plain(total.get())
                + ") is more than the seizures of all its columns together (" + plain(sum) + ": "
                + everInClass.stream().map(labels::get).collect(Collectors.joining(", ")) + ")"));
      }
    }
  }

  private void checkGroup(RowValues row, TableItem group) {
    Optional<BigDecimal> total = value(row, group);
    if (total.isEmpty()) {
      return;
    }
    List<TableItem> members = reference.drugs().drugs().stream()
        .filter(d -> d.group().filter(group.name()::equals).isPresent())
        .map(d -> new TableItem(ItemKind.DRUG, d.name()))
        .toList();
    List<TableItem> present = members.stream().filter(labels::containsKey).toList();
    largest(row, present)
        .filter(largest -> largest.value().compareTo(total.get()) > 0)
        .ifPresent(largest -> warn(row, TableIssueCode.GROUP_BELOW_DRUG, group, largest.item(),
            group + " (" + plain(total.get()) + ") is below " + largest.item() + " (" + plain(largest.value()) + ")"));
    if (present.size() == members.size() && present.stream().allMatch(i -> value(row, i).isPresent())) {
      BigDecimal sum = present.stream().map(i -> value(row, i).orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (total.get().compareTo(sum) > 0) {
        warnings.add(new TableIssue(file, row.row(), labels.get(group), TableIssueCode.GROUP_ABOVE_SUM,
            row.agencyCode() + ": " + group + " (" + plain(total.get()) + ") is more than its drugs together ("
                + plain(sum) + ")"));
      }
    }
  }

  private void checkTotalRow(RowValues total, List<RowValues> agencyRows) {
    for (Map.Entry<TableItem, Optional<BigDecimal>> cell : total.values().entrySet()) {
      if (cell.getValue().isEmpty()
          || agencyRows.stream().anyMatch(r -> r.values().getOrDefault(cell.getKey(), Optional.empty()).isEmpty())) {
        continue;
      }
      BigDecimal sum = agencyRows.stream()
          .map(r -> r.values().get(cell.getKey()).orElseThrow())
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      if (sum.compareTo(cell.getValue().get()) != 0) {
        warnings.add(new TableIssue(file, total.row(), labels.get(cell.getKey()), TableIssueCode.TOTAL_ROW_DIFFERS,
            "the total row gives " + plain(cell.getValue().get()) + " and the agencies sum to " + plain(sum)));
      }
    }
  }

  /**
   * Catalogue drugs with no column of their own whose seizures the class's "Other" column must hold
   * (mephedrone, controlled from 16 April 2010, before the tables gave it a column), as notes:
   * a reader comparing "Other Class B" across years needs to know.
   */
  List<String> foldedIntoOther() {
    List<String> notes = new ArrayList<>();
    if (measure != TableMeasure.SEIZURES) {
      return notes;
    }
    for (Drug drug : reference.drugs().drugs()) {
      TableItem item = new TableItem(ItemKind.DRUG, drug.name());
      if (drug.isCountOnly() || labels.containsKey(item) || coveredByGroupColumn(item)) {
        continue;
      }
      reference.drugs().classInYear(drug.name(), year).filter(this::hasCatchAll).ifPresent(drugClass ->
          reference.drugs().drugs().stream()
              .filter(Drug::isCountOnly)
              .filter(d -> reference.drugs().classInYear(d.name(), year).filter(drugClass::equals).isPresent())
              .map(d -> new TableItem(ItemKind.DRUG, d.name()))
              .filter(labels::containsKey)
              .findFirst()
              .ifPresent(other -> notes.add(drug.name() + " has no column: its seizures are counted in '"
                  + labels.get(other) + "'")));
    }
    return notes;
  }

  /** The classes an item's drugs had at some time in the year (a group: any of its drugs). */
  private Set<DrugClass> classesDuringYear(TableItem item) {
    Set<DrugClass> classes = EnumSet.noneOf(DrugClass.class);
    List<Drug> drugs = switch (item.kind()) {
      case DRUG -> reference.drugs().byName(item.name()).stream().toList();
      case GROUP -> reference.drugs().drugs().stream().filter(d -> d.group().filter(item.name()::equals).isPresent()).toList();
      case CLASS, TOTAL -> List.of();
    };
    for (Drug drug : drugs) {
      reference.drugs().classOn(drug.name(), year.firstDay()).ifPresent(classes::add);
      reference.drugs().classInYear(drug.name(), year).ifPresent(classes::add);
    }
    return classes;
  }

  /** Whether a drug's seizures are already counted by a group column of the file ("All cannabis"). */
  private boolean coveredByGroupColumn(TableItem item) {
    return item.kind() == ItemKind.DRUG
        && reference.drugs().byName(item.name())
            .flatMap(Drug::group)
            .filter(group -> labels.containsKey(new TableItem(ItemKind.GROUP, group)))
            .isPresent();
  }

  /** Whether the file has the class's count-only catch-all column ("Other Class B"), so that its columns cover the class. */
  private boolean hasCatchAll(DrugClass drugClass) {
    return reference.drugs().drugs().stream()
        .filter(Drug::isCountOnly)
        .filter(d -> reference.drugs().classInYear(d.name(), year).filter(drugClass::equals).isPresent())
        .anyMatch(d -> labels.containsKey(new TableItem(ItemKind.DRUG, d.name())));
  }

  private record Cell(TableItem item, BigDecimal value) {}

  private static Optional<Cell> largest(RowValues row, List<TableItem> items) {
    return items.stream()
        .flatMap(i -> value(row, i).map(v -> new Cell(i, v)).stream())
        .max(Comparator.comparing(Cell::value));
  }

  private static Optional<BigDecimal> value(RowValues row, TableItem item) {
    return row.values().getOrDefault(item, Optional.empty());
  }

  private void warn(RowValues row, TableIssueCode code, TableItem first, TableItem second, String message) {
    warnings.add(new TableIssue(file, row.row(), labels.get(first) + ", " + labels.get(second), code,
        row.agencyCode() + ": " + message));
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
