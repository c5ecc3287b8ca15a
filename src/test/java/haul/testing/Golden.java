package haul.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/}, read from the source tree (never from the
 * classpath copy, which an update would leave stale). Run with {@code -Dgolden.update=true} to
 * rewrite them from the current output, then read every changed file before committing it.
 */
public final class Golden {

  private static final Path ROOT = Path.of("src/test/resources/golden");

  private Golden() {}

  /** The one flag: {@code -Dgolden.update=true}. */
  public static boolean updating() {
    return Boolean.getBoolean("golden.update");
  }

  /** Compares text exactly, as UTF-8. */
  public static void assertText(String name, String actual) throws IOException {
    assertBytes(name, actual.getBytes(StandardCharsets.UTF_8));
  }

  /** Compares bytes exactly (CSV tables), shown as UTF-8 text when they differ. */
  public static void assertBytes(String name, byte[] actual) throws IOException {
    Path file = ROOT.resolve(name);
    if (updating()) {
      Files.createDirectories(file.getParent());
      Files.write(file, actual);
    }
    assertThat(file).as("golden file %s (write it with -Dgolden.update=true, then read it)", file).exists();
    assertThat(new String(actual, StandardCharsets.UTF_8))
        .as("golden file %s", file)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
