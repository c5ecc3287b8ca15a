package haul.story.prose;

/**
 * How a story writes a kind of figure (DESIGN.md "Numbers in prose"). The writer writes a figure
 * by its rule and the checker accepts a figure when the data, written by its rule, give it: one
 * rule book for both.
 */
public enum ProseRule {
  /** A force's count: exact, "1,608". */
  EXACT_COUNT,
  /** England and Wales, police and region counts: nearest thousand, "189,000" (whole under 1,000). */
  THOUSANDS_COUNT,
  /** Under 0.1kg in grams, under 100 one decimal, to 9,999 whole, then two figures and a hedge. */
  KG,
  /** Whole doses; from 10,000 the nearest thousand. */
  DOSES,
  /** Whole plants. */
  PLANTS,
  /** Whole per cent from the unrounded figure, as a magnitude ("less than 1 per cent" for what rounds to 0). */
  WHOLE_PERCENT,
  /** Whole multiple with a hedge: "nearly ten times". */
  MULTIPLE
}
