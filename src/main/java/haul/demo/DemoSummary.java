package haul.demo;

import haul.reference.FinancialYear;
import java.nio.file.Path;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What {@link DemoReturns#writeTo} wrote.
 *
 * @param rows drug lines, headers not counted
 * @param events seizures (distinct events) of each financial year
 */
public record DemoSummary(Path dir, int files, long rows, SortedMap<FinancialYear, Integer> events) {

  public DemoSummary {
    events = Collections.unmodifiableSortedMap(new TreeMap<>(events));
  }
}
