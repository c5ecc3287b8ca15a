package haul.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Versioned schema for DuckDB files: the migrations of {@link MigrationFolder} (the one schema both
 * engines run, plus DuckDB's own folder if it has one), applied in order, each in the transaction
 * that records it in {@code schema_version}. An older file is upgraded when it is opened; a file
 * newer than this build is refused. Versions are allocated to lanes of work ahead of time, so a
 * lower version may land after a higher one: every version the file has not recorded is applied,
 * in order (as Flyway's {@code outOfOrder} does for PostgreSQL).
 */
final class DuckDbMigrations {

  static final String ENGINE = "duckdb";

  private DuckDbMigrations() {}

  static void migrate(Connection connection, String location) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS schema_version ("
              + "version INTEGER NOT NULL, script VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
    }
    int current = currentVersion(connection);
    if (current > latestVersion()) {
      throw new StoreException(
          location + " has schema version " + current + ", newer than this haul build knows ("
              + latestVersion() + "): use a newer haul");
    }
    Set<Integer> applied = appliedVersions(connection);
    for (MigrationFolder.Script script : scripts()) {
      if (!applied.contains(script.version())) {
        apply(connection, script);
      }
    }
  }

  /** The schema version a store has once every migration of this build is applied. */
  static int latestVersion() {
    List<MigrationFolder.Script> scripts = scripts();
    return scripts.get(scripts.size() - 1).version();
  }

  /** The migrations a DuckDB file runs, in version order. */
  static List<MigrationFolder.Script> scripts() {
    return MigrationFolder.scriptsFor(ENGINE);
  }

  static int currentVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static Set<Integer> appliedVersions(Connection connection) throws SQLException {
    Set<Integer> versions = new HashSet<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT version FROM schema_version")) {
      while (rs.next()) {
        versions.add(rs.getInt(1));
      }
    }
    return versions;
  }

  private static void apply(Connection connection, MigrationFolder.Script script) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements(script.text())) {
        statement.execute(sql);
      }
      statement.execute("INSERT INTO schema_version VALUES (" + script.version() + ", '" + script.name()
          + "', current_timestamp::TIMESTAMP)");
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /** Splits a script on semicolons that end a line, dropping {@code --} comment lines. */
  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      if (line.strip().startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (line.strip().endsWith(";")) {
        String sql = current.toString().strip();
        statements.add(sql.substring(0, sql.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().strip());
    }
    return statements;
  }
}
