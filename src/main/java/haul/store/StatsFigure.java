package haul.store;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One cell of the statistics cube as the store computes it: an area's figure for one item in one
 * financial year. An empty value is "not available".
 *
 * @param areaType {@code agency}, {@code region}, {@code police} or {@code england-and-wales}
 * @param areaCode an agency code, a region name, {@code police} or {@code england-and-wales}
 * @param itemKind {@code total}, {@code drug}, {@code group} or {@code class}
 * @param item {@code All drugs}, a catalogue row, a group row or a class label
 * @param membersMissing agencies of the area without this seizures figure (for an agency, 1 when
 *     its own figure is not available)
 */
public record StatsFigure(
    int financialYearEnd,
    String areaType,
    String areaCode,
    String itemKind,
    String item,
    OptionalLong seizures,
    Optional<BigDecimal> quantity,
    OptionalLong linesWithoutQuantity,
    int membersMissing) {}
