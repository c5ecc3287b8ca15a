package haul.demo;

import haul.publish.ReleaseMetadataFile;
import haul.reference.FinancialYear;
import haul.store.ReleaseMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The demo release's metadata, {@code haul/demo/release-metadata.json}: the demo's data are
 * synthetic, so its source line says so ("haul demo data, calibrated to published Home Office
 * figures") and its producer and type say they are not official statistics.
 */
final class DemoMetadata {

  private static final String RESOURCE = "/haul/demo/release-metadata.json";

  private DemoMetadata() {}

  static ReleaseMetadata bundled(FinancialYear year) {
    try (InputStream in = DemoMetadata.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      return ReleaseMetadataFile.parse(RESOURCE, in.readAllBytes(), year);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
