package haul.store;

import java.util.Arrays;
import java.util.Objects;

/**
 * One stored file of an edition.
 *
 * @param name the path relative to the publish folder, such as {@code tables/seizures_by_agency.csv}
 * @param sha256 the hex SHA-256 of the content, as publish stored it
 */
public record ServedFile(String name, byte[] content, String sha256) {

  public ServedFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(sha256, "sha256");
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  /** The content without a copy, for callers that only read it. */
  public java.io.InputStream open() {
    return new java.io.ByteArrayInputStream(content);
  }

  public int size() {
    return content.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ServedFile that
        && name.equals(that.name) && sha256.equals(that.sha256) && Arrays.equals(content, that.content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, sha256);
  }

  @Override
  public String toString() {
    return "ServedFile[" + name + ", " + content.length + " bytes, sha256=" + sha256 + "]";
  }
}
