package haul.server;

import haul.publish.TableContract;
import haul.reference.Agency;
import haul.reference.FinancialYear;
import haul.reference.ReferenceData;
import haul.reference.Region;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads path parameters strictly: a value of the wrong form is 400, a well-formed one that names
 * nothing is 404. Values are checked against patterns before they go anywhere, and never reach SQL
 * as text.
 */
final class PathParams {

  private static final Pattern YEAR = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern TABLE = Pattern.compile("[a-z][a-z_]*");
  private static final Pattern EDITION = Pattern.compile("[1-9]\\d{0,5}");
  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");

  private final ReferenceData reference;

  PathParams(ReferenceData reference) {
    this.reference = reference;
  }

  /**
   * {@code 2021-22} in a path: a year of the right form that haul cannot hold ({@code 9999-00},
   * {@code 0000-01}) names nothing, so it is 404 like any year with no edition.
   */
  FinancialYear year(String text) {
    return year(text, 404);
  }

  /** {@code 2021-22} in a query or a body: a year haul cannot hold is a bad request (400). */
  FinancialYear yearValue(String text) {
    return year(text, 400);
  }

  private static FinancialYear year(String text, int outOfRange) {
    if (text == null || !YEAR.matcher(text).matches()) {
      throw ApiError.badRequest("'" + shorten(text) + "' is not a financial year: write it as 2021-22");
    }
    Optional<FinancialYear> year;
    try {
      year = FinancialYear.tryParse(text);
    } catch (IllegalArgumentException outside) {
      throw new ApiError(outOfRange, "'" + text + "' is outside the financial years haul can hold");
    }
    return year.orElseThrow(() -> ApiError.badRequest(
        "'" + text + "' is not a financial year: the two years must follow each other, as in 2021-22"));
  }

  Agency agency(String code) {
    if (code == null || code.length() > 64 || !CODE.matcher(code).matches()) {
      throw ApiError.badRequest("'" + shorten(code) + "' is not an agency code: lower-case letters, digits and '-', as in thames-valley");
    }
    return reference.agencies().byCode(code).orElseThrow(() -> ApiError.notFound("no agency has the code '" + code + "'"));
  }

  Region region(String slug) {
    if (slug == null || slug.length() > 64 || !CODE.matcher(slug).matches()) {
      throw ApiError.badRequest("'" + shorten(slug) + "' is not a region: lower-case letters, digits and '-', as in east-of-england");
    }
    return reference.regions().stream()
        .filter(r -> r.slug().equals(slug))
        .findFirst()
        .orElseThrow(() -> ApiError.notFound("no region is called '" + slug + "'"));
  }

  TableContract table(String stem) {
    if (stem == null || stem.length() > 64 || !TABLE.matcher(stem).matches()) {
      throw ApiError.badRequest("'" + shorten(stem) + "' is not a table name: lower-case letters and '_', as in seizures_by_agency");
    }
    return TableContract.of(stem).orElseThrow(() -> ApiError.notFound("no published table is called '" + stem + "'"));
  }

  int edition(String text) {
    if (text == null || !EDITION.matcher(text).matches()) {
      throw ApiError.badRequest("'" + shorten(text) + "' is not an edition number: 1, 2, ...");
    }
    return Integer.parseInt(text);
  }

  /** A stored file's name, such as {@code charts/seizures-over-time.svg}; no {@code ..}, no absolute path. */
  String fileName(String name) {
    if (name == null || name.length() > 200 || !FILE_NAME.matcher(name).matches() || name.contains("..")) {
      throw ApiError.badRequest("'" + shorten(name) + "' is not a file name of an edition, such as haul-tables-2021-22.ods");
    }
    return name;
  }

  /** Splits {@code name.csv} into the name and whether CSV was asked for by suffix. */
  static Optional<String> withoutSuffix(String value, String suffix) {
    return value != null && value.endsWith(suffix)
        ? Optional.of(value.substring(0, value.length() - suffix.length()))
        : Optional.empty();
  }

  /**
   * Echoes user input in a message: at most 40 characters, and anything but letters, digits and
   * {@code ._/-} shown as {@code ?}, so an error never carries markup or quotes back to a client.
   */
  static String shorten(String text) {
    if (text == null) {
      return "";
    }
    String cut = text.length() <= 40 ? text : text.substring(0, 40) + "...";
    return cut.replaceAll("[^A-Za-z0-9._/ -]", "?");
  }
}
