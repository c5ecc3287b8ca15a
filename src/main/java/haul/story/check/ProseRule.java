package haul.story.check;

/**
 * How a story writes a kind of figure (DESIGN.md "Numbers in prose"). The checker accepts a figure
 * when the data, written by its rule, give it.
 */
enum ProseRule {
  /** A force's count: exact, "1,608". */
  EXACT_COUNT,
  /** England and Wales, police and region counts: nearest thousand, "189,000". */
  THOUSANDS_COUNT,
  /** Under 0.1kg in grams, under 100 one decimal, to 9,999 whole, then two figures and a hedge. */
  KG,
  /** Whole doses; from 10,000 the nearest thousand. */
  DOSES,
  /** Whole plants. */
  PLANTS,
  /** Whole per cent from the unrounded figure, as a magnitude. */
  WHOLE_PERCENT,
  /** Whole multiple with a hedge: "nearly ten times". */
  MULTIPLE
}
