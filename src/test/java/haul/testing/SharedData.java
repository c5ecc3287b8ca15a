package haul.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The read-only {@code ../shared} folder beside the checkout (published Home Office tables, the
 * seed article, the quote bank). Tests read it in place; it is never copied into the project.
 * Missing, a test skips saying why, except under {@code CI=true}, where it fails.
 */
public final class SharedData {

  private SharedData() {}

  /** The shared folder, or a skip (a failure under CI) when it is missing. */
  public static Path root() {
    Path root = Path.of("..", "shared").toAbsolutePath().normalize();
    String why = "the shared folder " + root + " is missing: tests that read published data cannot run";
    if (!Files.isDirectory(root)) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(why + " (CI=true, so this is a failure, not a skip)");
      }
      assumeTrue(false, why);
    }
    return root;
  }

  /** A file or folder under the shared folder, which must exist. */
  public static Path path(String relative) {
    Path path = root().resolve(relative);
    if (!Files.exists(path)) {
      fail("expected " + path + " in the shared folder");
    }
    return path;
  }
}
