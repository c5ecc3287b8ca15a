package haul.story.check;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a figure's words say it is, before it is matched: the parts of its claim.
 *
 * @param areas the area named nearest it, or (none named) the area its paragraph is about, the
 *     story's agency and England and Wales, the likelier first
 * @param named the area its sentence names for it, when one is named
 * @param drugs the catalogue rows it is about; empty for all drugs
 * @param roles the facts it may state, the likelier first
 * @param direction the way its words say a change went: 1 a rise, -1 a fall, 0 no change
 * @param missing which part of the claim cannot be read, and why, found before matching
 * @param shareOf for a per cent its words make a share ("of all cocaine seized"), what it is a
 *     share of: the seizures or the quantity of its drugs, or of all seizures when none is named
 * @param countWord for a per cent or multiple about a drug, whether its words say seizures (a
 *     count) or an amount; empty when they say neither
 */
record Reading(
    Figure figure,
    List<String> areas,
    Optional<Mention> named,
    Set<String> drugs,
    List<Role> roles,
    Optional<Integer> direction,
    Optional<String> missing,
    Optional<ShareOf> shareOf,
    Optional<ShareOf> countWord) {

  Reading withFigure(Figure other) {
    return new Reading(other, areas, named, drugs, roles, direction, missing, shareOf, countWord);
  }

  /** Whether its words leave the year open: a count or quantity with no year, "from" or "to". */
  boolean yearOpen() {
    return roles.contains(Role.CURRENT) && roles.contains(Role.PREVIOUS);
  }
}
