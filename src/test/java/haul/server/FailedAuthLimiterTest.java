package haul.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failed tokens are limited per client address, in bounded memory; the public is never slowed. */
class FailedAuthLimiterTest {

  @TempDir Path dir;

  @Test
  void theEleventhFailureInAMinuteIsRefusedUntilTheMinuteHasPassed() {
    MovableClock clock = new MovableClock(TestServer.NOW);
    FailedAuthLimiter limiter = new FailedAuthLimiter(10, Duration.ofMinutes(1), 100, clock);
    for (int i = 0; i < 10; i++) {
      assertThat(limiter.retryAfter("10.0.0.1")).as("attempt " + (i + 1)).isEmpty();
      limiter.failed("10.0.0.1");
      clock.advance(Duration.ofSeconds(1));
    }
    assertThat(limiter.retryAfter("10.0.0.1")).hasValue(Duration.ofSeconds(50));
    assertThat(limiter.retryAfter("10.0.0.2")).as("another address").isEmpty();
    clock.advance(Duration.ofSeconds(49));
    assertThat(limiter.retryAfter("10.0.0.1")).hasValue(Duration.ofSeconds(1));
    clock.advance(Duration.ofSeconds(1));
    assertThat(limiter.retryAfter("10.0.0.1")).isEmpty();
    limiter.failed("10.0.0.1");
    assertThat(limiter.retryAfter("10.0.0.1")).as("a new window, one failure").isEmpty();
  }

  @Test
  void atMostMaxClientsAddressesAreRemembered() {
    MovableClock clock = new MovableClock(TestServer.NOW);
    FailedAuthLimiter limiter = new FailedAuthLimiter(1, Duration.ofHours(1), 1_000, clock);
    for (int i = 0; i < 100_000; i++) {
      limiter.failed("10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
    }
    assertThat(limiter.clients()).isEqualTo(1_000);
    assertThat(limiter.retryAfter("10.1.134.159")).as("the last address, remembered").isPresent();
    assertThat(limiter.retryAfter("10.0.0.0")).as("the first, forgotten").isEmpty();
  }

  @Test
  void theServerAnswers429WithRetryAfterEvenToAGoodTokenFromThatAddress() {
    try (TestServer test = TestServer.withStandardEdition(dir)) {
      String admin = "Bearer " + test.token(Optional.empty());
      test.start();
      for (int i = 0; i < 10; i++) {
        assertThat(test.get("/api/releases", "Authorization", "Bearer guess-" + i).statusCode()).isEqualTo(401);
      }
      HttpResponse<String> limited = test.get("/api/releases", "Authorization", "Bearer guess-10");
      assertThat(limited.statusCode()).isEqualTo(429);
      ApiRefusalTest.assertJsonError(limited, 429);
      assertThat(limited.headers().firstValue("Retry-After")).hasValue("60");
      assertThat(test.get("/api/tokens", "Authorization", admin).statusCode()).isEqualTo(429);
      assertThat(test.get("/api/releases").statusCode()).as("the public, no token").isEqualTo(200);

      test.clock.advance(Duration.ofSeconds(59));
      assertThat(test.get("/api/tokens", "Authorization", admin).headers().firstValue("Retry-After")).hasValue("1");
      test.clock.advance(Duration.ofSeconds(1));
      assertThat(test.get("/api/tokens", "Authorization", admin).statusCode()).isEqualTo(200);
    }
  }
}
