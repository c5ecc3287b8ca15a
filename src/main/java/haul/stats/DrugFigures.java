package haul.stats;

import haul.reference.DrugClass;
import java.util.Optional;

/**
 * One drug row (or the "All cannabis" group row) for an area and year.
 *
 * @param drugClass the row's class on 31 March of the year; empty for a group row
 * @param seizures events with at least one line of the drug
 * @param quantity the sum of its lines in its unit; empty for count-only and group rows
 * @param linesWithoutQuantity lines that counted as a seizure but gave no quantity; not available
 *     for figures loaded from published tables
 */
public record DrugFigures(
    String drug,
    Optional<DrugClass> drugClass,
    Count seizures,
    Optional<Quantity> quantity,
    Count linesWithoutQuantity) {}
