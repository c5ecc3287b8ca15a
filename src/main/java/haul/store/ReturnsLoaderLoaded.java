package haul.store;

import java.util.List;

/**
 * The last stage's result: what each file of the command brought, as the import log holds it.
 *
 * @param files one entry per file, in the command's order
 */
public record ReturnsLoaderLoaded(List<ReturnsLoaderValidated.FileCounts> files) {

  public ReturnsLoaderLoaded {
    files = List.copyOf(files);
  }

  public long accepted() {
    return files.stream().mapToLong(ReturnsLoaderValidated.FileCounts::accepted).sum();
  }

  public long revised() {
    return files.stream().mapToLong(ReturnsLoaderValidated.FileCounts::revised).sum();
  }
}
