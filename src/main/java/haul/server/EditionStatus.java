package haul.server;

/** An edition's status at the time of asking (DESIGN.md "Editions"). */
enum EditionStatus {
  EMBARGOED,
  PUBLIC,
  SUPERSEDED;

  String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
