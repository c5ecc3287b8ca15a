package haul.publish;

import haul.store.EditionRecord;
import java.time.Duration;
import java.util.Map;

/**
 * What {@code haul publish} did.
 *
 * @param created false when the data had not changed since the latest edition, whose files were
 *     written again
 * @param files every file of the edition by name
 * @param statistics time spent computing the statistics (zero when nothing was computed)
 */
public record PublishResult(EditionRecord edition, boolean created, Map<String, byte[]> files, Duration statistics) {

  public PublishResult {
    files = Map.copyOf(files);
  }
}
