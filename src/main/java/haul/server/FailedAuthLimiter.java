package haul.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows guessing: a client address that fails to authenticate {@code maxFailures} times within
 * {@code window} is refused for the rest of that window, whatever it sends, so a stolen or guessed
 * token cannot be tried at the speed of the network. Used by the API's bearer tokens, and made to
 * be used by any sign-in (one instance per kind of credential).
 *
 * <p>Memory is bounded: at most {@code maxClients} addresses are remembered (about 100 bytes each);
 * past that the address that failed longest ago is forgotten first. An address's count starts again
 * once its window has passed. Behind a reverse proxy every client has the proxy's address, so the
 * proxy should do its own limiting. Thread-safe; each call is a map lookup under one lock.
 */
public final class FailedAuthLimiter {

  /** The API's limit: 10 failures a minute per address, 10,000 addresses remembered. */
  public static FailedAuthLimiter standard(Clock clock) {
    return new FailedAuthLimiter(10, Duration.ofMinutes(1), 10_000, clock);
  }

  private record Failures(Instant windowStart, int count) {}

  private final int maxFailures;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Failures> failures;

  public FailedAuthLimiter(int maxFailures, Duration window, int maxClients, Clock clock) {
    if (maxFailures < 1 || maxClients < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("a limit needs at least one failure, one client and a window of some length");
    }
    this.maxFailures = maxFailures;
    this.window = window;
    this.clock = clock;
    // An access-ordered map that drops its eldest entry: the least recently failed address.
    this.failures = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
        return size() > maxClients;
      }
    };
  }

  /**
   * How long the client must wait before it may try again (at least a second), or empty when it
   * may try now.
   */
  public synchronized Optional<Duration> retryAfter(String client) {
    Failures f = failures.get(client);
    if (f == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Instant end = f.windowStart().plus(window);
    if (!now.isBefore(end)) {
      failures.remove(client);
      return Optional.empty();
    }
    if (f.count() < maxFailures) {
      return Optional.empty();
    }
    Duration wait = Duration.between(now, end);
    return Optional.of(wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait);
  }

  /** Counts a failed attempt of the client. */
  public synchronized void failed(String client) {
    Instant now = clock.instant();
    Failures f = failures.get(client);
    if (f == null || !now.isBefore(f.windowStart().plus(window))) {
      failures.put(client, new Failures(now, 1));
    } else {
      failures.put(client, new Failures(f.windowStart(), f.count() + 1));
    }
  }

  /** The number of addresses remembered now. */
  public synchronized int clients() {
    return failures.size();
  }
}
