package haul.stats;

/** What an {@link Area} is: an agency, a region, or one of the two totals. */
public enum AreaType {
  AGENCY,
  REGION,
  /** The 43 territorial forces and British Transport Police. */
  POLICE,
  /** All agencies: police and Border Force. */
  ENGLAND_AND_WALES
}
