package haul.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Versioned schema for DuckDB files: {@code /haul/store/duckdb/V<n>__<name>.sql}, applied in order,
 * each in the transaction that records it in {@code schema_version}. An older file is upgraded when
 * it is opened; a file newer than this build is refused.
 */
final class DuckDbMigrations {

  /**
   * The migrations of this build, in order. Add a file here when you add one to the folder; its
   * version is the number in its name, so numbers may have gaps but never go backwards.
   */
  static final List<String> SCRIPTS = List.of(
      "V1__schema.sql",
      "V4__stats.sql",
      "V5__tokens.sql",
      "V9__newsroom.sql");

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
    for (String script : SCRIPTS) {
      int version = versionOf(script);
      if (version > current) {
        apply(connection, version, script);
      }
    }
  }

  /** The schema version a store has once every migration of this build is applied. */
  static int latestVersion() {
    return versionOf(SCRIPTS.get(SCRIPTS.size() - 1));
  }

  static int versionOf(String script) {
    java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("V(\\d+)__.+\\.sql").matcher(script);
    if (!matcher.matches()) {
      throw new IllegalStateException("migration name must look like V2__what.sql: " + script);
    }
    return Integer.parseInt(matcher.group(1));
  }

  static int currentVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static void apply(Connection connection, int version, String script) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements(read(script))) {
        statement.execute(sql);
      }
      statement.execute(
          "INSERT INTO schema_version VALUES (" + version + ", '" + script + "', current_timestamp::TIMESTAMP)");
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private static String read(String script) {
    String path = "/haul/store/duckdb/" + script;
    try (InputStream in = DuckDbMigrations.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("migration missing from the build: " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration " + path, e);
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
