package haul.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real Home Office force x drug tables and national series, copied into the test resources
 * ({@code src/test/resources/home-office-tables/}, Open Government Licence v3.0; its README names
 * the source). They are part of the repository, so tests that read them run on a fresh clone and
 * never skip.
 */
public final class HomeOfficeTables {

  private static final String ROOT = "/home-office-tables/";

  private HomeOfficeTables() {}

  /**
   * A file or folder of the tables, such as {@code local_resolution/seizures/Seizures15-16.csv},
   * read from the test classpath (Maven copies it to {@code target/test-classes}); it must exist.
   */
  public static Path path(String relative) {
    URL url = HomeOfficeTables.class.getResource(ROOT + relative);
    if (url == null) {
      return fail("expected " + relative + " under src/test/resources" + ROOT);
    }
    try {
      Path path = Path.of(url.toURI());
      if (!Files.exists(path)) {
        fail("expected " + path);
      }
      return path;
    } catch (URISyntaxException e) {
      return fail("cannot read the test resource " + url, e);
    }
  }
}
