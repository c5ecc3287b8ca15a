package haul.store;

import haul.reference.ReferenceData;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;

/**
 * haul's store: a DuckDB file (the embedded default) or a PostgreSQL database (the shared
 * deployment), holding reference data, returns, published tables, notes and editions. Every SQL
 * statement of haul lives in this package; where the two engines differ, {@link Dialect} says how.
 *
 * <p>A DuckDB file has one writer: opening a file that another process holds fails with a {@link
 * StoreException} that says so, and its {@code Store} holds one connection and is not
 * thread-safe. A PostgreSQL {@code Store} holds a pool: each thread's {@link #atomically} works
 * on a connection of its own, so threads may share it.
 */
public final class Store implements AutoCloseable {

  /** The default store location, relative to the working directory. */
  public static final String DEFAULT_LOCATION = "haul.duckdb";

  private final Connections connections;
  private final Dialect dialect;
  private final String location;
  private final ReferenceData reference;
  /** With a pool: the connection of the calling thread's open transaction, if any. */
  private final ThreadLocal<Connection> threadTransaction = new ThreadLocal<>();
  /**
   * With DuckDB's one connection: its open transaction, whichever thread opened it, so that work
   * from another thread joins it rather than committing it half-done (as before pools).
   */
  private Connection sharedTransaction;

  private Store(Connections connections, Dialect dialect, String location, ReferenceData reference) {
    this.connections = connections;
    this.dialect = dialect;
    this.location = location;
    this.reference = reference;
  }

  /**
   * Opens (creating if need be) the store at a location: a DuckDB file path, or a {@code
   * jdbc:postgresql://} URL (user and password from the URL, else from PGUSER and PGPASSWORD).
   * The schema is migrated to this build's version and the reference tables refreshed.
   *
   * @throws StoreException when the location cannot be opened, with a message for the user
   */
  public static Store open(String location) {
    return open(location, ReferenceData.bundled());
  }

  public static Store open(String location, ReferenceData reference) {
    return open(location, reference, System.getenv());
  }

  static Store open(String location, ReferenceData reference, Map<String, String> environment) {
    Objects.requireNonNull(location, "location");
    if (location.startsWith(PostgresConnections.PREFIX)) {
      PostgresConnections pool = PostgresConnections.open(location, reference, environment);
      return new Store(pool, PostgresDialect.INSTANCE, PostgresConnections.redact(location), reference);
    }
    if (location.startsWith("jdbc:")) {
      throw new StoreException("--db must be a DuckDB file path or a jdbc:postgresql:// URL, not " + location);
    }
    return new Store(DuckDbConnections.open(location, reference), DuckDbDialect.INSTANCE, location, reference);
  }

  /** Where the store is, as the user named it (a PostgreSQL URL with its password hidden). */
  public String location() {
    return location;
  }

  public ReferenceData reference() {
    return reference;
  }

  /** The schema version of the open store. */
  public int schemaVersion() {
    return run(dialect::schemaVersion);
  }

  /**
   * Whether threads may use this store at once: true for a PostgreSQL store (each thread's
   * transaction on a pooled connection of its own), false for a DuckDB file (one connection, so
   * callers such as a server take turns).
   */
  public boolean threadSafe() {
    return connections.pooled();
  }

  /** How this store's engine differs from the other's: for repositories whose SQL must differ. */
  Dialect dialect() {
    return dialect;
  }

  /**
   * Runs work in one transaction: committed when it returns, rolled back when it throws, so a
   * failed command leaves the store exactly as it was. Repository calls made inside join it; a
   * nested call joins the outer transaction.
   */
  public <T> T atomically(java.util.function.Supplier<T> work) {
    if (transaction() != null) {
      return work.get();
    }
    Connection connection = acquire();
    boolean committed = false;
    try {
      connection.setAutoCommit(false);
      setTransaction(connection);
      T result = work.get();
      connection.commit();
      committed = true;
      return result;
    } catch (SQLException e) {
      throw failure(e);
    } finally {
      setTransaction(null);
      if (!committed) {
        rollbackQuietly(connection);
      }
      try {
        connection.setAutoCommit(true);
      } catch (SQLException ignored) {
        // a broken connection: the pool drops it on release
      }
      release(connection);
    }
  }

  private Connection transaction() {
    return connections.pooled() ? threadTransaction.get() : sharedTransaction;
  }

  private void setTransaction(Connection connection) {
    if (connections.pooled()) {
      if (connection == null) {
        threadTransaction.remove();
      } else {
        threadTransaction.set(connection);
      }
    } else {
      sharedTransaction = connection;
    }
  }

  /** Runs SQL on this store's connection, in the current transaction if there is one. */
  <T> T run(Sql<T> work) {
    Connection held = transaction();
    Connection connection = held != null ? held : acquire();
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw failure(e);
    } finally {
      if (held == null) {
        release(connection);
      }
    }
  }

  /** Runs SQL in its own transaction unless one is already open. */
  <T> T runAtomically(Sql<T> work) {
    return atomically(() -> run(work));
  }

  private Connection acquire() {
    try {
      return connections.acquire();
    } catch (SQLException e) {
      throw new StoreException(PostgresConnections.describeConnectFailure(location, e), e);
    }
  }

  private void release(Connection connection) {
    try {
      connections.release(connection);
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private static void rollbackQuietly(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // already failing: the first error is the one to report
    }
  }

  private StoreException failure(SQLException e) {
    return new StoreException("store " + location + ": " + e.getMessage(), e);
  }

  @Override
  public void close() {
    try {
      connections.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close store " + location + ": " + e.getMessage(), e);
    }
  }
}
