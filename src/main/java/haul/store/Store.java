package haul.store;

import haul.reference.ReferenceData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;

/**
 * haul's store: a DuckDB file (the embedded default) holding reference data, returns, published
 * tables, notes and editions. Every SQL statement of haul lives in this package.
 *
 * <p>A DuckDB file has one writer: opening a file that another process holds fails with a {@link
 * StoreException} that says so. One {@code Store} holds one connection and is not thread-safe.
 */
public final class Store implements AutoCloseable {

  /** The default store location, relative to the working directory. */
  public static final String DEFAULT_LOCATION = "haul.duckdb";

  private final Connection connection;
  private final String location;
  private final ReferenceData reference;
  private boolean inTransaction;

  private Store(Connection connection, String location, ReferenceData reference) {
    this.connection = connection;
    this.location = location;
    this.reference = reference;
  }

  /**
   * Opens (creating if need be) the store at a location: a DuckDB file path. The schema is
   * migrated to this build's version and the reference tables refreshed.
   *
   * @throws StoreException when the location cannot be opened, with a message for the user
   */
  public static Store open(String location) {
    return open(location, ReferenceData.bundled());
  }

  public static Store open(String location, ReferenceData reference) {
    Objects.requireNonNull(location, "location");
    if (location.startsWith("jdbc:postgresql:")) {
      throw new StoreException("PostgreSQL stores are not supported yet: use a DuckDB file path for --db");
    }
    if (location.startsWith("jdbc:")) {
      throw new StoreException("--db must be a DuckDB file path or a jdbc:postgresql:// URL, not " + location);
    }
    Path file = Path.of(location);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new StoreException("cannot open store " + location + ": folder " + parent + " does not exist");
    }
    if (Files.isDirectory(file)) {
      throw new StoreException("cannot open store " + location + ": it is a folder, not a DuckDB file");
    }
    Connection connection;
    try {
      connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
    } catch (SQLException e) {
      throw new StoreException(describeOpenFailure(location, e), e);
    }
    try {
      DuckDbMigrations.migrate(connection, location);
      ReferenceSync.sync(connection, reference);
      return new Store(connection, location, reference);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(connection);
      if (e instanceof StoreException storeException) {
        throw storeException;
      }
      throw new StoreException("cannot prepare store " + location + ": " + e.getMessage(), e);
    }
  }

  private static String describeOpenFailure(String location, SQLException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("Could not set lock") || message.contains("Conflicting lock")) {
      String holder = message.contains("Conflicting lock is held in")
          ? message.substring(message.indexOf("Conflicting lock is held in") + "Conflicting lock is held in".length())
              .strip().split("\\.\\s")[0]
          : "another process";
      return "store " + location + " is in use by another process (" + holder + "); a DuckDB file has one writer:"
          + " stop that process (such as haul serve) or use the server's admin routes";
    }
    if (message.contains("not a valid DuckDB database file") || message.contains("Unable to open database")) {
      return "cannot open store " + location + ": it is not a DuckDB database file";
    }
    return "cannot open store " + location + ": " + message;
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // already failing: the first error is the one to report
    }
  }

  /** Where the store is, as the user named it. */
  public String location() {
    return location;
  }

  public ReferenceData reference() {
    return reference;
  }

  /** The schema version of the open store. */
  public int schemaVersion() {
    return run(DuckDbMigrations::currentVersion);
  }

  /**
   * Runs work in one transaction: committed when it returns, rolled back when it throws, so a
   * failed command leaves the store exactly as it was. Repository calls made inside join it; a
   * nested call joins the outer transaction.
   */
  public <T> T atomically(java.util.function.Supplier<T> work) {
    if (inTransaction) {
      return work.get();
    }
    try {
      connection.setAutoCommit(false);
      inTransaction = true;
      try {
        T result = work.get();
        connection.commit();
        return result;
      } catch (RuntimeException | Error e) {
        connection.rollback();
        throw e;
      } finally {
        inTransaction = false;
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("store " + location + ": " + e.getMessage(), e);
    }
  }

  /** Runs SQL on this store's connection, in the current transaction if there is one. */
  <T> T run(Sql<T> work) {
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw new StoreException("store " + location + ": " + e.getMessage(), e);
    }
  }

  /** Runs SQL in its own transaction unless one is already open. */
  <T> T runAtomically(Sql<T> work) {
    return atomically(() -> run(work));
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close store " + location + ": " + e.getMessage(), e);
    }
  }
}
