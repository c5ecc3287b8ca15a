package haul.reference;

/**
 * One of the nine English regions or Wales.
 *
 * @param slug the name in lower case with non-alphanumerics as {@code -}, as URLs use it
 */
public record Region(String name, String slug) {

  public static String slugOf(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }
}
