package haul.publish;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files of one edition by their path under the output folder, in byte-wise name order. An
 * output (tables, workbook, charts, later stories) is added with one call.
 */
public final class Publication {

  /** Folder of the CSV tables. */
  public static final String TABLES = "tables/";
  /** Folder of the charts. */
  public static final String CHARTS = "charts/";
  /** Folder of the stories, one {@code <agency>.md}, {@code .html} and {@code .json} each. */
  public static final String STORIES = "stories/";
  public static final String MANIFEST = "manifest.json";

  private final Map<String, byte[]> files = new TreeMap<>();

  public void add(String name, byte[] bytes) {
    if (name.startsWith("/") || name.contains("..") || name.contains("\\")) {
      throw new IllegalArgumentException("an edition file needs a plain relative name, not " + name);
    }
    if (files.putIfAbsent(name, bytes.clone()) != null) {
      throw new IllegalArgumentException("an edition has one file named " + name);
    }
  }

  public Map<String, byte[]> files() {
    return Collections.unmodifiableMap(files);
  }
}
