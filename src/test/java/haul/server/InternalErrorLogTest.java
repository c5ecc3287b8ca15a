package haul.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A failure the server did not foresee (here: its store closed under it) answers 500 with an id and
 * no stack trace, and the log has the same id with the stack trace.
 */
class InternalErrorLogTest {

  @TempDir Path dir;

  @Test
  void aFiveHundredCarriesTheIdOfItsLogLine() {
    Logger log = (Logger) LoggerFactory.getLogger(ErrorResponses.class);
    ListAppender<ILoggingEvent> events = new ListAppender<>();
    events.start();
    log.addAppender(events);
    log.setAdditive(false); // the failure is expected: keep its stack trace out of the build's output
    try (TestServer test = TestServer.withStandardEdition(dir)) {
      String admin = "Bearer " + test.token(Optional.empty());
      test.start();
      test.store.close();
      HttpResponse<String> failed = test.get("/api/tokens", "Authorization", admin);
      assertThat(failed.statusCode()).isEqualTo(500);
      ApiRefusalTest.assertJsonError(failed, 500);
      Matcher id = Pattern.compile("internal error ([0-9a-f]{8}): the server could not answer").matcher(failed.body());
      assertThat(id.find()).as(failed.body()).isTrue();
      assertThat(failed.body()).doesNotContain("Exception").doesNotContain("at haul.");
      assertThat(events.list).hasSize(1);
      ILoggingEvent event = events.list.get(0);
      assertThat(event.getFormattedMessage()).isEqualTo("internal error " + id.group(1) + " on GET /api/tokens");
      assertThat(event.getThrowableProxy()).as("the stack trace is logged").isNotNull();
    } finally {
      log.detachAppender(events);
      log.setAdditive(true);
    }
  }
}
