package haul.cli;

import haul.publish.ReleaseMetadataFile;
import haul.reference.FinancialYear;
import haul.store.ReleaseMetadataRepository;
import haul.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** {@code haul publish --metadata FILE}: sets the year's release metadata before it is published. */
final class ReleaseMetadataOption {

  private ReleaseMetadataOption() {}

  /** Saves the file's metadata for the year, if one is given. */
  static void apply(Store store, FinancialYear year, Optional<Path> file, Instant now) {
    file.ifPresent(f -> new ReleaseMetadataRepository(store).save(year.endYear(), ReleaseMetadataFile.read(f, year), now));
  }

  /** After publishing: warns when the store holds no metadata for the year. */
  static void warnIfMissing(Store store, FinancialYear year, PrintWriter err) {
    if (new ReleaseMetadataRepository(store).find(year.endYear()).isEmpty()) {
      err.println("warning: no release metadata is held for " + year.label() + ": the workbook and bulletin give no"
          + " contact, producer or next release; set them with --metadata FILE");
    }
  }
}
