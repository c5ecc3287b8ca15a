package haul.reference;

import java.math.BigDecimal;

/**
 * A unit a return may give a quantity in, and how it converts to a catalogue unit ({@code g} is
 * 0.001 {@code kg}; {@code tablets} are {@code doses}).
 */
public record InputUnit(String name, Unit unit, BigDecimal factor) {}
