package haul.reference;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of the published drug tables.
 *
 * @param unit the unit its quantity is published in; empty for a count-only row ("Other Class A")
 * @param inputUnits the units a return may give for it (those of a count-only row are any)
 * @param group the group row it belongs to, such as "All cannabis"
 * @param displayOrder the row's position in the Home Office tables
 */
public record Drug(
    String name,
    Optional<Unit> unit,
    List<String> inputUnits,
    Optional<String> group,
    int displayOrder) {

  public Drug {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    inputUnits = List.copyOf(inputUnits);
    Objects.requireNonNull(group, "group");
  }

  public boolean isCountOnly() {
    return unit.isEmpty();
  }
}
