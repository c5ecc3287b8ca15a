package haul.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The store's one schema: the migrations both engines run, in {@value #SHARED}, plus the few an
 * engine truly needs alone, in {@code haul/store/engine/<engine>/}. Flyway reads the same folders
 * for PostgreSQL; the DuckDB runner reads them through this class, so no file list is kept by hand.
 */
final class MigrationFolder {

  /** Migrations every engine runs. */
  static final String SHARED = "haul/store/migration";

  private static final Pattern NAME = Pattern.compile("V(\\d+)__.+\\.sql");

  /** One migration file: its version (the number in its name), its name and its classpath path. */
  record Script(int version, String name, String resource) {
    String text() {
      try (InputStream in = MigrationFolder.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("migration missing from the build: " + resource);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read migration " + resource, e);
      }
    }
  }

  private MigrationFolder() {}

  /** The folder of migrations only {@code engine} runs ({@code duckdb} or {@code postgresql}). */
  static String engineFolder(String engine) {
    return "haul/store/engine/" + engine;
  }

  /** Whether the build holds a folder of migrations of this engine's own. */
  static boolean hasEngineFolder(String engine) {
    return !list(engineFolder(engine)).isEmpty();
  }

  /** The migrations an engine runs, in version order; two files of one version are refused. */
  static List<Script> scriptsFor(String engine) {
    Map<Integer, Script> byVersion = new TreeMap<>();
    List<Script> all = new ArrayList<>(list(SHARED));
    all.addAll(list(engineFolder(engine)));
    for (Script script : all) {
      Script clash = byVersion.put(script.version(), script);
      if (clash != null && !clash.resource().equals(script.resource())) {
        throw new IllegalStateException(
            "two migrations have version " + script.version() + ": " + clash.resource() + " and " + script.resource());
      }
    }
    return List.copyOf(byVersion.values());
  }

  static int versionOf(String name) {
    Matcher matcher = NAME.matcher(name);
    if (!matcher.matches()) {
      throw new IllegalStateException("migration name must look like V2__what.sql: " + name);
    }
    return Integer.parseInt(matcher.group(1));
  }

  /** The {@code V<n>__*.sql} files in one classpath folder (in a directory or a jar), any order. */
  private static List<Script> list(String folder) {
    List<Script> scripts = new ArrayList<>();
    try {
      Enumeration<URL> urls = MigrationFolder.class.getClassLoader().getResources(folder);
      for (URL url : Collections.list(urls)) {
        for (String name : fileNames(url)) {
          if (NAME.matcher(name).matches() && scripts.stream().noneMatch(s -> s.name().equals(name))) {
            scripts.add(new Script(versionOf(name), name, folder + "/" + name));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list migrations in " + folder, e);
    }
    scripts.sort(Comparator.comparingInt(Script::version));
    return scripts;
  }

  private static List<String> fileNames(URL url) throws IOException {
    URI uri;
    try {
      uri = url.toURI();
    } catch (URISyntaxException e) {
      throw new IOException("unreadable classpath location " + url, e);
    }
    if ("jar".equals(uri.getScheme())) {
      FileSystem jar;
      boolean opened = false;
      try {
        jar = FileSystems.newFileSystem(uri, Map.of());
        opened = true;
      } catch (FileSystemAlreadyExistsException e) {
        jar = FileSystems.getFileSystem(uri);
      }
      try {
        String inside = uri.getSchemeSpecificPart().substring(uri.getSchemeSpecificPart().indexOf("!/") + 1);
        return namesIn(jar.getPath(inside));
      } finally {
        if (opened) {
          jar.close();
        }
      }
    }
    return namesIn(Path.of(uri));
  }

  private static List<String> namesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
    }
  }
}
