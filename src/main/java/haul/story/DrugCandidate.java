package haul.story;

import java.util.List;

/**
 * A national drug figure that may be told, with its newsworthiness: the highest score of the rules
 * that found it (0 when none did) and the names of those rules.
 */
record DrugCandidate(DrugComparison comparison, int score, List<String> reasons) {

  DrugCandidate {
    reasons = List.copyOf(reasons);
  }
}
