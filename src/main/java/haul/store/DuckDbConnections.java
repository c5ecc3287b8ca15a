package haul.store;

import haul.reference.ReferenceData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A DuckDB file's single connection: a DuckDB file has one writer. */
final class DuckDbConnections implements Connections {

  private final Connection connection;

  private DuckDbConnections(Connection connection) {
    this.connection = connection;
  }

  /** Opens (creating if need be) a DuckDB file, migrates it and refreshes its reference tables. */
  static DuckDbConnections open(String location, ReferenceData reference) {
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
      ReferenceSync.sync(connection, reference, DuckDbDialect.INSTANCE);
      return new DuckDbConnections(connection);
    } catch (SQLException | RuntimeException e) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // already failing: the first error is the one to report
      }
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

  @Override
  public Connection acquire() {
    return connection;
  }

  @Override
  public void release(Connection connection) {
    // the one connection stays open until the store closes
  }

  @Override
  public boolean pooled() {
    return false;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
