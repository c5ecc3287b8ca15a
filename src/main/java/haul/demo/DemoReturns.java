package haul.demo;

import haul.reference.FinancialYear;
import haul.reference.ReferenceData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The demo's record-level returns: one CSV per agency and financial year, calibrated so that every
 * figure of {@code calibration.csv} comes out exactly when they are counted by DESIGN.md's
 * definitions. Deterministic: a fixed seed and no clock, so two runs write identical bytes.
 * The plans (counts and totals) are made first; each file is written as it is drawn, so memory
 * holds one agency-year's seizures at a time.
 */
public final class DemoReturns {

  /** The demo's fixed seed. */
  public static final long SEED = 20230420L;

  private final Calibration calibration;
  private final ReferenceData reference;
  private final long seed;

  public DemoReturns(Calibration calibration, ReferenceData reference, long seed) {
    this.calibration = calibration;
    this.reference = reference;
    this.seed = seed;
  }

  /** The bundled calibration with the fixed seed. */
  public static DemoReturns standard() {
    return new DemoReturns(Calibration.bundled(), ReferenceData.bundled(), SEED);
  }

  /** Where the return of an agency for a year goes under {@code dir}: {@code 2021-22/thames-valley.csv}. */
  public static Path fileOf(Path dir, FinancialYear year, String agencyCode) {
    return folderOf(dir, year).resolve(agencyCode + ".csv");
  }

  /** The folder of a year's returns under {@code dir}: {@code 2021-22}. */
  public static Path folderOf(Path dir, FinancialYear year) {
    return dir.resolve(year.slug());
  }

  /**
   * Writes every agency's return for every calibrated year under {@code dir} (created if needed;
   * files already there are overwritten). Takes a few seconds.
   */
  public DemoSummary writeTo(Path dir) {
    ReturnPlanner planner = new ReturnPlanner(calibration, reference, ForceTables.bundled(reference));
    AgencyReturnWriter writer = new AgencyReturnWriter(seed);
    SortedMap<FinancialYear, Integer> events = new TreeMap<>();
    int files = 0;
    long rows = 0;
    try {
      for (List<AgencyYearPlan> plans : planner.planAll()) {
        int yearEvents = 0;
        for (AgencyYearPlan plan : plans) {
          rows += writer.write(plan, fileOf(dir, plan.year(), plan.agency().code()));
          files++;
          yearEvents += plan.events();
        }
        events.put(plans.get(0).year(), yearEvents);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the demo returns under " + dir, e);
    }
    return new DemoSummary(dir, files, rows, events);
  }
}
