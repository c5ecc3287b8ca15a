package haul.publish;

import com.fasterxml.jackson.databind.JsonNode;
import haul.json.HaulJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The folder {@code haul publish --out} writes an edition's copy into, replaced whole: the files go
 * into a temporary sibling ({@code .NAME.haul-new}), which then takes the folder's place by two
 * renames (the old folder to {@code .NAME.haul-old}, the new one to {@code NAME}), so that a
 * process killed at any point leaves the folder holding the old edition or the new one whole,
 * never a mix. A kill between the two renames leaves no folder but both siblings whole; the next
 * publish puts the old one back before it starts, and removes leftover siblings.
 *
 * <p>{@link #prepare(Path)} runs before the edition is stored, so a folder that cannot be written
 * refuses the publish with nothing changed. It replaces only a folder that is missing, empty or an
 * edition haul wrote (every file in it is listed in its {@code manifest.json}); any other folder is
 * refused, so a mistyped {@code --out} never moves someone's own files. Renames need the siblings
 * on one file system, which they are. A kill is covered; a power cut is not (nothing is synced).
 */
public final class OutputFolder {

  private final Path folder;
  private final Path fresh;
  private final Path old;

  private OutputFolder(Path folder) {
    this.folder = folder;
    String name = folder.getFileName().toString();
    this.fresh = folder.resolveSibling("." + name + ".haul-new");
    this.old = folder.resolveSibling("." + name + ".haul-old");
  }

  /**
   * Checks that the folder can be replaced and written, clearing what an earlier publish left.
   *
   * @throws PublishException naming the folder and what is wrong
   */
  public static OutputFolder prepare(Path out) {
    Path absolute = out.toAbsolutePath().normalize();
    if (absolute.getFileName() == null) {
      throw new PublishException("cannot publish into " + out + ": give a folder of its own, such as out/2021-22");
    }
    OutputFolder target = new OutputFolder(absolute);
    target.check(out);
    return target;
  }

  private void check(Path shown) {
    try {
      Files.createDirectories(folder.getParent());
      if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(old, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(old, folder); // killed between the two renames: the old edition goes back first
      }
      deleteTree(fresh);
      deleteTree(old);
      if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
          throw new PublishException("cannot publish into " + shown + ": it is a file, not a folder");
        }
        String foreign = foreignFile(folder);
        if (foreign != null) {
          throw new PublishException("cannot publish into " + shown + ": it holds " + foreign
              + ", which is not a file of a haul edition; give a new or empty folder, or one haul publish wrote");
        }
      }
      Files.createDirectory(fresh);
    } catch (IOException | SecurityException e) {
      throw new PublishException("cannot write to " + shown + ": " + reason(e));
    }
  }

  /**
   * Writes the edition's files into the temporary sibling (the manifest last) and swaps it in.
   *
   * @throws UncheckedIOException when the disk refuses; the folder then holds the old edition
   */
  public void replaceWith(Map<String, byte[]> files) {
    try {
      write(fresh, files);
      if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(folder, old);
      }
      Files.move(fresh, folder);
      deleteTree(old);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + folder + ": " + reason(e), e);
    }
  }

  /**
   * Writes files into a folder in place, beside whatever else it holds: for {@code haul demo},
   * whose folder also holds its store and returns and is written again from empty on each run.
   */
  public static void writeInPlace(Path folder, Map<String, byte[]> files) {
    try {
      write(folder, files);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + folder + ": " + reason(e), e);
    }
  }

  private static void write(Path folder, Map<String, byte[]> files) throws IOException {
    byte[] manifest = null;
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      if (file.getKey().equals(Publication.MANIFEST)) {
        manifest = file.getValue();
        continue;
      }
      Path target = folder.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, file.getValue());
    }
    if (manifest != null) {
      Files.write(folder.resolve(Publication.MANIFEST), manifest);
    }
  }

  /** A file in the folder that its manifest does not list (or the first file, when it has none). */
  private static String foreignFile(Path folder) throws IOException {
    Set<String> listed = new HashSet<>();
    Path manifest = folder.resolve(Publication.MANIFEST);
    if (Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
      try {
        JsonNode files = HaulJson.mapper().readTree(manifest.toFile()).path("files");
        files.forEach(file -> listed.add(file.path("name").asText()));
      } catch (IOException unreadable) {
        return Publication.MANIFEST + " (not a manifest haul can read)";
      }
      listed.add(Publication.MANIFEST);
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .map(p -> folder.relativize(p).toString().replace('\\', '/'))
          .filter(name -> !listed.contains(name))
          .sorted()
          .findFirst()
          .orElse(null);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
        Files.deleteIfExists(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
        if (failure != null) {
          throw failure;
        }
        Files.deleteIfExists(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  private static String reason(Exception e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied (" + e.getMessage() + ")";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder: " + e.getMessage();
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "a folder is in the way: " + e.getMessage();
    }
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      return fs.getReason() + " (" + fs.getFile() + ")";
    }
    return String.valueOf(e.getMessage());
  }
}
