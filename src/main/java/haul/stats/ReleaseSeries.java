package haul.stats;

import java.util.List;

/**
 * The releases of consecutive years, oldest first, with the fingerprint of the data they were
 * made from (SHA-256 of the agency figures and notes): what a time-series publication needs.
 */
public record ReleaseSeries(List<Release> releases, String dataFingerprint) {

  public ReleaseSeries {
    releases = List.copyOf(releases);
  }

  /** The release of the last year. */
  public Release last() {
    return releases.get(releases.size() - 1);
  }
}
