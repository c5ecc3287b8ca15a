package haul.story;

/**
 * An agency's seizures over the years held: the run of rises or falls that ends this year and
 * whether this year is the highest or lowest of them.
 *
 * @param run how many years in a row the count moved the same way (each against the year before it)
 * @param rising the run's direction
 * @param years how many years the store holds figures for the agency, this one included
 * @param highest this year's count is above every other year held
 * @param lowest this year's count is below every other year held
 */
record Trend(int run, boolean rising, int years, boolean highest, boolean lowest) {}
