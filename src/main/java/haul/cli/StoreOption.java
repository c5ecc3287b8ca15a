package haul.cli;

import haul.store.Store;
import picocli.CommandLine.Option;

/** The {@code --db} option every store command shares. */
final class StoreOption {

  @Option(
      names = "--db",
      paramLabel = "DB",
      description = "the store: a DuckDB file (default: ${DEFAULT-VALUE}) or a jdbc:postgresql:// URL"
          + " (user and password from the URL or PGUSER and PGPASSWORD)",
      defaultValue = Store.DEFAULT_LOCATION)
  String location;

  Store open() {
    return Store.open(location);
  }
}
