package haul.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import haul.reference.ReferenceData;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * A pool of connections to a PostgreSQL database (HikariCP), its schema migrated by Flyway from
 * the one schema of {@link MigrationFolder} (and PostgreSQL's own folder, if it has one). User and password come from the URL, else from
 * PGUSER and PGPASSWORD as for psql.
 */
final class PostgresConnections implements Connections {

  static final String PREFIX = "jdbc:postgresql:";

  static final String ENGINE = "postgresql";

  /** Enough for haul serve's request threads; a command uses one or two. */
  private static final int POOL_SIZE = 10;

  private final HikariDataSource pool;

  private PostgresConnections(HikariDataSource pool) {
    this.pool = pool;
  }

  static PostgresConnections open(String url, ReferenceData reference, Map<String, String> environment) {
    String shown = redact(url);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    Map<String, String> parameters = parameters(url);
    if (!parameters.containsKey("user") && environment.get("PGUSER") != null) {
      config.setUsername(environment.get("PGUSER"));
    }
    if (!parameters.containsKey("password") && environment.get("PGPASSWORD") != null) {
      config.setPassword(environment.get("PGPASSWORD"));
    }
    config.setPoolName("haul");
    config.setMaximumPoolSize(POOL_SIZE);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(10_000);
    config.addDataSourceProperty("connectTimeout", "10");
    config.addDataSourceProperty("ApplicationName", "haul");
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StoreException(describeConnectFailure(shown, e), e);
    }
    try {
      migrate(pool, shown);
      try (Connection connection = pool.getConnection()) {
        ReferenceSync.sync(connection, reference, PostgresDialect.INSTANCE);
      }
      return new PostgresConnections(pool);
    } catch (SQLException | RuntimeException e) {
      pool.close();
      if (e instanceof StoreException storeException) {
        throw storeException;
      }
      throw new StoreException("cannot prepare store " + shown + ": " + firstLine(e.getMessage()), e);
    }
  }

  private static void migrate(HikariDataSource pool, String shown) {
    Flyway flyway = Flyway.configure(PostgresConnections.class.getClassLoader())
        .dataSource(pool)
        .locations(flywayLocations())
        .failOnMissingLocations(true)
        // versions are allocated to lanes ahead of time, so a lower one may land after a higher one
        .outOfOrder(true)
        .load();
    try {
      for (MigrationInfo applied : flyway.info().all()) {
        if (applied.getState() == MigrationState.FUTURE_SUCCESS || applied.getState() == MigrationState.FUTURE_FAILED) {
          throw new StoreException(shown + " has schema version " + applied.getVersion()
              + ", newer than this haul build knows: use a newer haul");
        }
      }
      flyway.migrate();
    } catch (FlywayException e) {
      throw new StoreException("cannot migrate store " + shown + ": " + firstLine(e.getMessage()), e);
    }
  }

  private static String[] flywayLocations() {
    String own = MigrationFolder.engineFolder(ENGINE);
    return MigrationFolder.hasEngineFolder(ENGINE)
        ? new String[] {"classpath:" + MigrationFolder.SHARED, "classpath:" + own}
        : new String[] {"classpath:" + MigrationFolder.SHARED};
  }

  /** The URL with its password hidden, for messages and {@link Store#location()}. */
  static String redact(String url) {
    return url.replaceAll("(?i)([?&;]password=)[^&]*", "$1***");
  }

  private static Map<String, String> parameters(String url) {
    Map<String, String> parameters = new LinkedHashMap<>();
    int query = url.indexOf('?');
    if (query < 0) {
      return parameters;
    }
    for (String pair : url.substring(query + 1).split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      parameters.put(name.toLowerCase(java.util.Locale.ROOT), value);
    }
    return parameters;
  }

  /** What went wrong connecting, for the user: the server unreachable, credentials refused, no such database. */
  static String describeConnectFailure(String shown, Throwable failure) {
    SQLException sql = null;
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException e) {
        sql = e;
        break;
      }
    }
    String message = firstLine(sql != null ? sql.getMessage() : failure.getMessage());
    String state = sql != null && sql.getSQLState() != null ? sql.getSQLState() : "";
    if (state.startsWith("08")) {
      return "cannot open store " + shown + ": cannot reach the PostgreSQL server (" + message
          + "): is it running, and are the host and port right?";
    }
    if (state.equals("28P01") || state.equals("28000")) {
      return "cannot open store " + shown + ": the PostgreSQL server refused the credentials (" + message
          + "): give user and password in the URL or in PGUSER and PGPASSWORD";
    }
    if (state.equals("3D000")) {
      return "cannot open store " + shown + ": " + message + ": create it first (createdb)";
    }
    return "cannot open store " + shown + ": " + message;
  }

  private static String firstLine(String message) {
    String text = String.valueOf(message).strip();
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline).strip();
  }

  @Override
  public Connection acquire() throws SQLException {
    return pool.getConnection();
  }

  @Override
  public void release(Connection connection) throws SQLException {
    connection.close();
  }

  @Override
  public boolean pooled() {
    return true;
  }

  @Override
  public void close() {
    pool.close();
  }
}
