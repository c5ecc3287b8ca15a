package haul.cli;

import haul.server.HaulServer;
import haul.store.Store;
import ch.qos.logback.classic.Level;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code haul serve}: the API and dashboard over a store, until SIGTERM or Ctrl-C. The server holds
 * the DuckDB file, so other haul commands on it fail while it runs: its admin routes do that work.
 */
@Command(name = "serve", description = "Serve the API and the dashboard over a store.", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070", description = "the port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", description = "the address to listen on (default: ${DEFAULT-VALUE})")
  String bind;

  @Option(names = "--public-url", paramLabel = "URL", description = "the address news systems reach haul at, such as"
      + " https://stats.example.org (behind a TLS proxy): feed identifiers use it; https makes the newsroom's cookie Secure")
  java.net.URI publicUrl;

  @Option(names = "--log-level", paramLabel = "LEVEL", defaultValue = "info",
      description = "what haul serve logs on standard error: error, warn, info (default: start-up, one line per"
          + " request, errors), debug or off; other libraries log at warn")
  String logLevel;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65_535) {
      throw new UserError(ExitCode.USAGE, "--port must be from 0 to 65535, not " + port);
    }
    if (publicUrl != null && (!publicUrl.isAbsolute() || publicUrl.getHost() == null
        || !List.of("http", "https").contains(publicUrl.getScheme().toLowerCase(java.util.Locale.ROOT)))) {
      throw new UserError(ExitCode.USAGE, "--public-url must be an http or https URL, such as https://stats.example.org");
    }
    logAt(logLevel);
    return serveUntilStopped(store.open(), bind, port, Optional.ofNullable(publicUrl), spec.commandLine().getOut());
  }

  /** Sets the level of haul's own loggers (logback.xml keeps everything else at WARN). */
  static void logAt(String level) {
    Level parsed = switch (level.toLowerCase(java.util.Locale.ROOT)) {
      case "error" -> Level.ERROR;
      case "warn" -> Level.WARN;
      case "info" -> Level.INFO;
      case "debug" -> Level.DEBUG;
      case "off" -> Level.OFF;
      default -> throw new UserError(ExitCode.USAGE,
          "--log-level: '" + level + "' is not a level: use error, warn, info, debug or off");
    };
    if (LoggerFactory.getLogger("haul") instanceof ch.qos.logback.classic.Logger haul) {
      haul.setLevel(parsed);
    }
  }

  /**
   * Serves an open store until SIGTERM or Ctrl-C, then closes it; shared by {@code haul demo --serve}.
   *
   * @throws UserError when the address cannot be listened on (the store is closed first)
   */
  static int serveUntilStopped(Store opened, String bind, int port, java.io.PrintWriter out) throws InterruptedException {
    return serveUntilStopped(opened, bind, port, Optional.empty(), out);
  }

  static int serveUntilStopped(Store opened, String bind, int port, Optional<java.net.URI> publicUrl, java.io.PrintWriter out)
      throws InterruptedException {
    if (LoggerFactory.getLogger("haul") instanceof ch.qos.logback.classic.Logger haul && haul.getLevel() == null) {
      haul.setLevel(Level.INFO); // haul demo --serve, which has no --log-level
    }
    HaulServer server;
    try {
      server = HaulServer.start(opened, Clock.systemUTC(), bind, port, publicUrl);
    } catch (RuntimeException e) {
      opened.close();
      throw new UserError(ExitCode.USAGE, "cannot listen on " + bind + ":" + port + ": " + rootMessage(e));
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      server.stop();
      opened.close();
      stopped.countDown();
    }, "haul-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println("haul serve: http://" + hostForUrl(bind) + ":" + server.port() + "/ over " + opened.location()
        + " (SIGTERM or Ctrl-C stops it)");
    out.flush();
    stopped.await();
    return ExitCode.OK;
  }

  private static String hostForUrl(String bind) {
    return bind.contains(":") ? "[" + bind + "]" : bind;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage());
  }
}
