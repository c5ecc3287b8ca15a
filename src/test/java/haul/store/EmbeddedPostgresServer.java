package haul.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL 15 server of the tests' own (zonky's embedded binaries), for a machine with no
 * server in {@code HAUL_TEST_PG_URL}. CI runs a real server and never starts this one. It asks for
 * passwords as a real server does (scram over TCP), so the tests of a wrong password still mean
 * something; only the superuser that starts it is trusted.
 */
final class EmbeddedPostgresServer {

  private static EmbeddedPostgres server;
  private static String url;
  private static String failure;

  private EmbeddedPostgresServer() {}

  /** The URL of a database {@code haul_test} owned by {@code haul/haul}, or null with {@link #failure()}. */
  static synchronized String url() {
    if (url == null && failure == null) {
      try {
        Path hba = Files.createTempFile("haul-embedded-pg", ".hba.conf");
        Files.writeString(hba, "local all all trust\n"
            + "host all postgres 127.0.0.1/32 trust\n"
            + "host all all 127.0.0.1/32 scram-sha-256\n");
        hba.toFile().deleteOnExit();
        server = EmbeddedPostgres.builder().setServerConfig("hba_file", hba.toString()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stop));
        try (Connection c = DriverManager.getConnection(server.getJdbcUrl("postgres", "postgres"));
            Statement s = c.createStatement()) {
          s.execute("CREATE ROLE haul LOGIN PASSWORD 'haul' CREATEDB");
          s.execute("CREATE DATABASE haul_test OWNER haul");
        }
        url = "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/haul_test?user=haul&password=haul";
      } catch (IOException | SQLException | RuntimeException e) {
        failure = "no PostgreSQL server: " + TestStores.URL_VARIABLE + " is not set and the embedded server"
            + " did not start (" + e.getMessage() + ")";
      }
    }
    return url;
  }

  static synchronized String failure() {
    return failure;
  }

  private static synchronized void stop() {
    if (server != null) {
      try {
        server.close();
      } catch (IOException ignored) {
        // the JVM is exiting
      }
    }
  }
}
