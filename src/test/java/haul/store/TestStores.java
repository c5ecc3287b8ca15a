package haul.store;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fresh, empty stores of either kind for tests, removed afterwards: a DuckDB file in a temporary
 * folder, or a PostgreSQL schema of its own (named in the URL's {@code currentSchema}) in the
 * database of {@code HAUL_TEST_PG_URL}, so tests never see each other's data and run in any order.
 *
 * <p>Without HAUL_TEST_PG_URL, the tests start an embedded PostgreSQL 15 server of their own
 * (outside CI only: CI names its real server). With no server at all, or the server unreachable, a
 * PostgreSQL test skips saying why, except under CI=true, where it fails. Register with {@code @RegisterExtension}: {@link
 * #perTest()} on an instance field, {@link #perClass()} on a static one.
 */
public final class TestStores implements AfterEachCallback, AfterAllCallback {

  /** The variable naming the test server, such as {@code jdbc:postgresql://127.0.0.1:5432/haul_test?user=haul&password=haul}. */
  public static final String URL_VARIABLE = "HAUL_TEST_PG_URL";

  private static String unavailable;
  private static boolean checked;

  private final boolean perClass;
  private final List<Store> opened = new ArrayList<>();
  private final List<String> schemas = new ArrayList<>();
  private final List<Path> folders = new ArrayList<>();

  private TestStores(boolean perClass) {
    this.perClass = perClass;
  }

  /** Stores removed after each test. */
  public static TestStores perTest() {
    return new TestStores(false);
  }

  /** Stores removed after all tests of the class. */
  public static TestStores perClass() {
    return new TestStores(true);
  }

  /** A location (a file path or a URL) for a new empty store of the kind; nothing is opened. */
  public String location(StoreKind kind) {
    return switch (kind) {
      case DUCKDB -> duckDbFile();
      case POSTGRESQL -> postgresSchema();
    };
  }

  /** Opens a new empty store of the kind; it is closed afterwards. */
  public Store open(StoreKind kind) {
    return track(Store.open(location(kind)));
  }

  /** Closes the store afterwards (if the test has not). */
  public Store track(Store store) {
    opened.add(store);
    return store;
  }

  private String duckDbFile() {
    try {
      Path folder = Files.createTempDirectory("haul-store-test");
      folders.add(folder);
      return folder.resolve("haul.duckdb").toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String postgresSchema() {
    String url = serverUrl();
    String schema = "haul_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create schema " + schema + " on " + url + ": " + e.getMessage(), e);
    }
    schemas.add(schema);
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** The test server's URL, or a skip (a failure under CI) saying why there is none. */
  public static String serverUrl() {
    String url = System.getenv(URL_VARIABLE);
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    if ((url == null || url.isBlank()) && !ci) {
      url = EmbeddedPostgresServer.url();
      if (url == null) {
        assumeTrue(false, EmbeddedPostgresServer.failure());
      }
    }
    String why = availability(url);
    if (why != null) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(why + " (CI=true, so this is a failure, not a skip)");
      }
      assumeTrue(false, why);
    }
    return url;
  }

  private static synchronized String availability(String url) {
    if (!checked) {
      checked = true;
      if (url == null || url.isBlank()) {
        unavailable = URL_VARIABLE + " is not set: PostgreSQL tests cannot run (see README, PostgreSQL)";
      } else {
        try (Connection connection = DriverManager.getConnection(url)) {
          unavailable = connection.isValid(5) ? null : "the PostgreSQL server of " + URL_VARIABLE + " does not answer";
        } catch (SQLException e) {
          unavailable = "the PostgreSQL server of " + URL_VARIABLE + " cannot be reached: " + e.getMessage();
        }
      }
    }
    return unavailable;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (!perClass) {
      cleanUp();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    cleanUp();
  }

  private void cleanUp() {
    for (Store store : opened) {
      try {
        store.close();
      } catch (StoreException ignored) {
        // closed already
      }
    }
    opened.clear();
    if (!schemas.isEmpty()) {
      try (Connection connection = DriverManager.getConnection(serverUrl());
          Statement statement = connection.createStatement()) {
        for (String schema : schemas) {
          statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
      } catch (SQLException e) {
        throw new IllegalStateException("cannot drop test schemas " + schemas + ": " + e.getMessage(), e);
      }
      schemas.clear();
    }
    for (Path folder : folders) {
      try (Stream<Path> paths = Files.walk(folder)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    folders.clear();
  }
}
