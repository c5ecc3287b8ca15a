package haul.demo;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import haul.reference.AgencyType;
import haul.reference.Drug;
import haul.reference.Unit;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Draws one agency's return for one year from its plan and writes it as a record-level return CSV
 * (DESIGN.md "Formats at the edges"), one row per drug line, events in date order. Holds one
 * agency-year in memory (the largest is about 50,000 events), never the whole demo.
 */
final class AgencyReturnWriter {

  static final List<String> HEADER = List.of("agency", "seizure_id", "seizure_date", "drug", "quantity", "unit");

  /** Events with two lines of one drug (an estimate). */
  private static final double TWO_LINES_OF_ONE_DRUG = 0.01;

  /** Count-only lines that still give a quantity, in grams (an estimate). */
  private static final double COUNT_ONLY_WITH_QUANTITY = 0.15;

  /** Quantities under 1 kg written in grams, not kg. */
  private static final double SMALL_IN_GRAMS = 0.5;

  /** Ecstasy written in tablets, not doses. */
  private static final double ECSTASY_IN_TABLETS = 0.3;

  /** Border Force's very large seizures: they drive the national cocaine and ketamine totals. */
  private static final Map<String, QuantitySplit.LargeSeizures> BORDER_FORCE_LARGE =
      Map.of(
          "Cocaine", new QuantitySplit.LargeSeizures(100 * 10_000L, 0.85),
          "Ketamine", new QuantitySplit.LargeSeizures(10 * 10_000L + 1, 0.85));

  private final long seed;

  AgencyReturnWriter(long seed) {
    this.seed = seed;
  }

  /** Writes the return; answers the number of rows (drug lines) written. */
  long write(AgencyYearPlan plan, Path file) throws IOException {
    SplittableRandom random =
        new SplittableRandom(seed ^ (plan.agency().code().hashCode() * 1_000_003L) ^ plan.year().endYear());
    Line[][][] events = events(plan, random);
    long[] byDate = datesAndIndices(plan, events.length, random);
    long rows = 0;
    Files.createDirectories(file.getParent());
    try (CsvWriter csv =
        CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(file, StandardCharsets.UTF_8)) {
      csv.writeRecord(HEADER);
      String agency = plan.agency().code();
      String prefix = plan.year().slug() + "-";
      String date = null;
      long day = Long.MIN_VALUE;
      for (int n = 0; n < byDate.length; n++) {
        String id = prefix + sequence(n + 1);
        if (byDate[n] >> 32 != day) {
          day = byDate[n] >> 32;
          date = LocalDate.ofEpochDay(day).toString();
        }
        for (Line[] slot : events[(int) byDate[n]]) {
          for (Line line : slot) {
            csv.writeRecord(agency, id, date, line.drug().name(), line.quantity(), line.unit());
            rows++;
          }
        }
      }
    }
    return rows;
  }

  private static String sequence(int n) {
    String digits = Integer.toString(n);
    return "000000".substring(Math.min(6, digits.length())) + digits;
  }

  private record Line(Drug drug, String quantity, String unit) {}

  /**
   * The events' drug lines, {@code [event][drug drawn][line]}: every event has at least one drug and
   * no drug twice as a seizure (two lines of one drug sit in one slot).
   */
  private Line[][][] events(AgencyYearPlan plan, SplittableRandom random) {
    int n = plan.events();
    List<Drug> planned = List.copyOf(plan.drugEvents().keySet());
    long[] counts = planned.stream().mapToLong(plan::drugEvents).toArray();
    long extras = Arrays.stream(counts).sum() - n;
    long[] second = Apportion.byWholeWeights(extras, counts);
    // First drugs: one per event, shuffled; further drugs go to events that lack them.
    int[][] drawn = new int[n][];
    int[] first = new int[n];
    int k = 0;
    for (int d = 0; d < planned.size(); d++) {
      for (long c = counts[d] - second[d]; c > 0; c--) {
        first[k++] = d;
      }
    }
    Shuffle.shuffle(first, random);
    for (int i = 0; i < n; i++) {
      drawn[i] = new int[] {first[i]};
    }
    for (int d = 0; d < planned.size(); d++) {
      for (long c = second[d]; c > 0; c--) {
        int i = eventWithout(d, drawn, random);
        drawn[i] = Arrays.copyOf(drawn[i], drawn[i].length + 1);
        drawn[i][drawn[i].length - 1] = d;
      }
    }
    // Where each drug sits: its events in ascending order, and its slot in each.
    int[][] holding = new int[planned.size()][];
    int[][] slotOf = new int[planned.size()][];
    int[] filled = new int[planned.size()];
    for (int d = 0; d < planned.size(); d++) {
      holding[d] = new int[(int) counts[d]];
      slotOf[d] = new int[(int) counts[d]];
    }
    Line[][][] events = new Line[n][][];
    for (int i = 0; i < n; i++) {
      events[i] = new Line[drawn[i].length][];
      for (int slot = 0; slot < drawn[i].length; slot++) {
        int d = drawn[i][slot];
        holding[d][filled[d]] = i;
        slotOf[d][filled[d]++] = slot;
      }
    }
    for (int d = 0; d < planned.size(); d++) {
      Line[][] lines = lines(plan, planned.get(d), holding[d].length, random);
      for (int j = 0; j < lines.length; j++) {
        events[holding[d][j]][slotOf[d][j]] = lines[j];
      }
    }
    return events;
  }

  private static int eventWithout(int drug, int[][] drawn, SplittableRandom random) {
    int n = drawn.length;
    for (int attempt = 0; attempt < 32; attempt++) {
      int i = random.nextInt(n);
      if (!holds(drawn[i], drug)) {
        return i;
      }
    }
    int start = random.nextInt(n);
    for (int step = 0; step < n; step++) {
      int i = (start + step) % n;
      if (!holds(drawn[i], drug)) {
        return i;
      }
    }
    throw new IllegalStateException("every event already holds drug " + drug);
  }

  private static boolean holds(int[] drugs, int drug) {
    for (int d : drugs) {
      if (d == drug) {
        return true;
      }
    }
    return false;
  }

  /** The lines of each of the drug's seizures: one, or two of the same drug now and then. */
  private Line[][] lines(AgencyYearPlan plan, Drug drug, int seizures, SplittableRandom random) {
    Line[][] lines = new Line[seizures][];
    if (drug.isCountOnly()) {
      for (int j = 0; j < seizures; j++) {
        String grams = random.nextDouble() < COUNT_ONLY_WITH_QUANTITY ? String.valueOf(1 + random.nextInt(50)) : "";
        lines[j] = new Line[] {new Line(drug, grams, grams.isEmpty() ? "" : "g")};
      }
      return lines;
    }
    Unit unit = drug.unit().orElseThrow();
    QuantitySplit.LargeSeizures large =
        plan.agency().type() == AgencyType.BORDER ? BORDER_FORCE_LARGE.get(drug.name()) : null;
    long[] parts = QuantitySplit.split(plan.quantityUnits(drug), seizures, large, random);
    for (int j = 0; j < seizures; j++) {
      long part = parts[j];
      if (part == 0) {
        // No quantity, but the drug's unit: a return's columns stay filled where they can be.
        lines[j] = new Line[] {new Line(drug, "", unit.label())};
      } else if (part >= 2 && random.nextDouble() < TWO_LINES_OF_ONE_DRUG) {
        long one = 1 + random.nextLong(part - 1);
        lines[j] = new Line[] {line(drug, unit, one, random), line(drug, unit, part - one, random)};
      } else {
        lines[j] = new Line[] {line(drug, unit, part, random)};
      }
    }
    return lines;
  }

  private static Line line(Drug drug, Unit unit, long units, SplittableRandom random) {
    BigDecimal value = QuantityScale.fromUnits(units, unit);
    String inputUnit = unit.label();
    if (unit == Unit.KG && value.compareTo(BigDecimal.ONE) < 0 && random.nextDouble() < SMALL_IN_GRAMS) {
      value = value.movePointRight(3);
      inputUnit = "g";
    } else if (drug.inputUnits().contains("tablets") && random.nextDouble() < ECSTASY_IN_TABLETS) {
      inputUnit = "tablets";
    }
    return new Line(drug, plain(value), inputUnit);
  }

  private static String plain(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  /**
   * A day for each event, spread evenly over the financial year, sorted: each entry is the epoch day
   * in the high 32 bits and the event's index in the low ones.
   */
  private static long[] datesAndIndices(AgencyYearPlan plan, int n, SplittableRandom random) {
    long first = plan.year().firstDay().toEpochDay();
    int days = (int) (plan.year().lastDay().toEpochDay() - first) + 1;
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = ((first + random.nextInt(days)) << 32) | i;
    }
    Arrays.sort(keys);
    return keys;
  }
}
