package haul.story;

import haul.stats.Change;
import haul.stats.Count;

/**
 * An area's seizures of one drug this year and the year before, as the seizures table gives them
 * (every drug's seizures, even where its quantities are missing).
 */
record DrugCount(String area, String drug, Count current, Count previous) {

  Change change() {
    return new Change(current, previous);
  }
}
