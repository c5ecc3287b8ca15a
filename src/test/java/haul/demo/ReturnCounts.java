package haul.demo;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import haul.reference.Drug;
import haul.reference.FinancialYear;
import haul.reference.ReferenceData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads generated returns back with FastCSV and counts them by DESIGN.md's definitions, in plain
 * Java (no store): seizures are distinct (agency, seizure_id) events dated in the year; seizures of
 * a drug are events with a line of it; quantities are summed in the drug's catalogue unit (g
 * converted to kg, tablets as doses). Every row is also checked as a valid return row.
 */
final class ReturnCounts {

  private static final LocalDate TODAY_AT_LATEST = LocalDate.of(2026, 1, 1);

  private final ReferenceData reference = ReferenceData.bundled();
  private final Map<FinancialYear, Map<String, Integer>> events = new HashMap<>();
  private final Map<FinancialYear, Map<String, Map<String, Integer>>> drugEvents = new HashMap<>();
  private final Map<FinancialYear, Map<String, Map<String, BigDecimal>>> quantities = new HashMap<>();
  private final Map<FinancialYear, Map<String, Map<String, List<BigDecimal>>>> eventQuantities = new HashMap<>();
  private final List<String> problems = new ArrayList<>();
  long rows;
  long multiDrugEvents;
  long eventsWithTwoLinesOfOneDrug;
  long linesWithoutQuantity;
  long linesInGrams;
  long linesInTablets;
  long allEvents;

  static ReturnCounts of(Path dir) {
    ReturnCounts counts = new ReturnCounts();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
        counts.read(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return counts;
  }

  /** One event as read: its date and, per drug, its lines' quantities. */
  private static final class Event {
    final LocalDate date;
    final Map<String, BigDecimal> quantity = new LinkedHashMap<>();
    final Map<String, Integer> lines = new LinkedHashMap<>();

    Event(LocalDate date) {
      this.date = date;
    }
  }

  private void read(Path file) throws IOException {
    String fileYear = file.getParent().getFileName().toString();
    String fileAgency = file.getFileName().toString().replace(".csv", "");
    Map<String, Event> byId = new LinkedHashMap<>();
    String agency = null;
    try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file)) {
      if (!reader.iterator().hasNext()) {
        problems.add(file + ": empty");
        return;
      }
      for (NamedCsvRecord r : reader) {
        rows++;
        String where = file.getFileName() + ":" + (r.getStartingLineNumber()) + ": ";
        if (!r.getHeader().equals(AgencyReturnWriter.HEADER)) {
          problems.add(where + "header " + r.getHeader());
          return;
        }
        agency = r.getField("agency");
        if (reference.agencies().byCode(agency).isEmpty() || !agency.equals(fileAgency)) {
          problems.add(where + "agency " + agency);
        }
        LocalDate date;
        try {
          date = LocalDate.parse(r.getField("seizure_date"));
        } catch (DateTimeParseException e) {
          problems.add(where + "seizure_date " + r.getField("seizure_date"));
          continue;
        }
        FinancialYear year = FinancialYear.of(date);
        if (!year.slug().equals(fileYear) || date.isAfter(TODAY_AT_LATEST)) {
          problems.add(where + "seizure_date " + date + " outside " + fileYear);
        }
        String drugName = r.getField("drug");
        Optional<Drug> drug = reference.drugs().byName(drugName);
        if (drug.isEmpty()) {
          problems.add(where + "drug " + drugName);
          continue;
        }
        String quantityText = r.getField("quantity");
        String unitText = r.getField("unit");
        BigDecimal quantity = null;
        if (!quantityText.isEmpty() && unitText.isEmpty()) {
          problems.add(where + "quantity '" + quantityText + "' without a unit");
        } else if (quantityText.isEmpty() && !unitText.isEmpty() && !drug.get().inputUnits().contains(unitText)) {
          problems.add(where + "unit " + unitText + " for " + drugName);
        } else if (!quantityText.isEmpty()) {
          quantity = new BigDecimal(quantityText);
          if (quantity.signum() <= 0) {
            problems.add(where + "quantity " + quantity);
          }
          boolean fits =
              drug.get().isCountOnly()
                  ? reference.drugs().inputUnit(unitText).isPresent()
                  : drug.get().inputUnits().contains(unitText);
          if (!fits) {
            problems.add(where + "unit " + unitText + " for " + drugName);
          } else {
            quantity = quantity.multiply(reference.drugs().inputUnit(unitText).orElseThrow().factor());
          }
          linesInGrams += unitText.equals("g") && !drug.get().isCountOnly() ? 1 : 0;
          linesInTablets += unitText.equals("tablets") ? 1 : 0;
        } else {
          linesWithoutQuantity++;
        }
        Event event = byId.computeIfAbsent(r.getField("seizure_id"), id -> new Event(date));
        if (!event.date.equals(date)) {
          problems.add(where + "event " + r.getField("seizure_id") + " has two dates");
        }
        event.lines.merge(drugName, 1, Integer::sum);
        BigDecimal add = quantity == null || drug.get().isCountOnly() ? BigDecimal.ZERO : quantity;
        event.quantity.merge(drugName, add, BigDecimal::add);
      }
    }
    for (Event event : byId.values()) {
      FinancialYear year = FinancialYear.of(event.date);
      allEvents++;
      events.computeIfAbsent(year, y -> new HashMap<>()).merge(agency, 1, Integer::sum);
      multiDrugEvents += event.lines.size() > 1 ? 1 : 0;
      eventsWithTwoLinesOfOneDrug += event.lines.values().stream().anyMatch(n -> n > 1) ? 1 : 0;
      for (var drug : event.quantity.entrySet()) {
        String code = agency;
        drugEvents.computeIfAbsent(year, y -> new HashMap<>())
            .computeIfAbsent(code, a -> new HashMap<>())
            .merge(drug.getKey(), 1, Integer::sum);
        quantities.computeIfAbsent(year, y -> new HashMap<>())
            .computeIfAbsent(code, a -> new HashMap<>())
            .merge(drug.getKey(), drug.getValue(), BigDecimal::add);
        eventQuantities.computeIfAbsent(year, y -> new HashMap<>())
            .computeIfAbsent(code, a -> new HashMap<>())
            .computeIfAbsent(drug.getKey(), d -> new ArrayList<>())
            .add(drug.getValue());
      }
    }
  }

  List<String> problems() {
    return problems;
  }

  /** Seizures of an agency in a year; zero when it has none. */
  int seizures(FinancialYear year, String agency) {
    return events.getOrDefault(year, Map.of()).getOrDefault(agency, 0);
  }

  int nationalSeizures(FinancialYear year) {
    return events.getOrDefault(year, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
  }

  int seizures(FinancialYear year, String agency, String drug) {
    return drugEvents.getOrDefault(year, Map.of()).getOrDefault(agency, Map.of()).getOrDefault(drug, 0);
  }

  int nationalSeizures(FinancialYear year, String drug) {
    return drugEvents.getOrDefault(year, Map.of()).values().stream().mapToInt(m -> m.getOrDefault(drug, 0)).sum();
  }

  BigDecimal quantity(FinancialYear year, String agency, String drug) {
    return quantities.getOrDefault(year, Map.of()).getOrDefault(agency, Map.of()).getOrDefault(drug, BigDecimal.ZERO);
  }

  BigDecimal nationalQuantity(FinancialYear year, String drug) {
    return quantities.getOrDefault(year, Map.of()).values().stream()
        .map(m -> m.getOrDefault(drug, BigDecimal.ZERO))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The quantity of a drug an agency seized in events holding at least {@code min} of it. */
  BigDecimal quantityInSeizuresOfAtLeast(FinancialYear year, String agency, String drug, BigDecimal min, boolean strictly) {
    return eventQuantities.getOrDefault(year, Map.of()).getOrDefault(agency, Map.of()).getOrDefault(drug, List.of())
        .stream()
        .filter(q -> strictly ? q.compareTo(min) > 0 : q.compareTo(min) >= 0)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
