package haul.reference;

import java.util.Objects;
import java.util.Optional;

/**
 * A police force, British Transport Police or Border Force.
 *
 * @param code the contract code of {@code agencies.csv}, such as {@code thames-valley}
 * @param areaName the area as prose names it, with its article: "the Thames Valley", "Kent"
 * @param region the English region or Wales; empty for the two national agencies
 */
public record Agency(
    String code,
    String shortName,
    String fullName,
    Optional<String> region,
    AgencyType type,
    String areaName) {

  public Agency {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(shortName, "shortName");
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(areaName, "areaName");
    if (region.isPresent() != (type == AgencyType.TERRITORIAL)) {
      throw new IllegalArgumentException(
          code + ": territorial forces have a region and national agencies have none");
    }
  }

  public boolean isNational() {
    return type != AgencyType.TERRITORIAL;
  }
}
