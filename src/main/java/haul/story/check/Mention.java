package haul.story.check;

import java.util.Set;

/**
 * A name found in a sentence: an area (agency, region, England and Wales) or a drug.
 *
 * @param start offset in the whole text
 * @param end offset just past it
 * @param codes the area code it names, or the catalogue rows it may mean ("cannabis" is several)
 */
record Mention(int start, int end, Set<String> codes) {

  /** Characters between this mention and a span, 0 when they touch or overlap. */
  int distanceTo(int from, int to) {
    if (end <= from) {
      return from - end;
    }
    if (start >= to) {
      return start - to;
    }
    return 0;
  }
}
