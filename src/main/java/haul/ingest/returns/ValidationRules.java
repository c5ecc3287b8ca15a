package haul.ingest.returns;

import haul.store.ReturnsLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules a return's rows are validated by, as data: one resource {@code
 * /haul/ingest/returns/rules/CODE.sql} per {@link ErrorCode} of {@link ErrorCode.Scope#ROW}, named
 * by its code, so a rule and its code cannot drift apart ({@code ValidationRuleFilesTest} lists
 * both). A file opens with comment lines {@code -- why:} (a sentence saying why the rule exists),
 * {@code -- kind:} ({@code row}, {@code event} or {@code partial}) and, for a row rule, {@code --
 * column:}, {@code -- value:} and {@code -- detail:} (SQL expressions over the resolved row); the
 * rest is SQL that both engines read (see {@link ReturnsLoader.Rule} for what each kind holds).
 * The store runs them; read once per command, from the classpath.
 */
final class ValidationRules {

  /** The rules, in ErrorCode order: that order is the order of a row's problems of one column. */
  record Rules(List<ReturnsLoader.Rule> row, List<ReturnsLoader.Rule> event, List<ReturnsLoader.Rule> partial) {}

  private ValidationRules() {}

  static Rules bundled() {
    List<ReturnsLoader.Rule> row = new ArrayList<>();
    List<ReturnsLoader.Rule> event = new ArrayList<>();
    List<ReturnsLoader.Rule> partial = new ArrayList<>();
    for (ErrorCode code : ErrorCode.values()) {
      if (code.scope() != ErrorCode.Scope.ROW) {
        continue;
      }
      ReturnsLoader.Rule rule = read(code);
      switch (rule.kind()) {
        case "row" -> row.add(rule);
        case "event" -> event.add(rule);
        default -> partial.add(rule);
      }
    }
    return new Rules(List.copyOf(row), List.copyOf(event), List.copyOf(partial));
  }

  static String resource(ErrorCode code) {
    return "/haul/ingest/returns/rules/" + code.name() + ".sql";
  }

  /** One rule's file, read and split into its header and its SQL. */
  static ReturnsLoader.Rule read(ErrorCode code) {
    String text;
    try (InputStream in = ValidationRules.class.getResourceAsStream(resource(code))) {
      if (in == null) {
        throw new IllegalStateException("no rule for " + code + ": " + resource(code) + " is missing from the build");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource(code), e);
    }
    Map<String, String> header = new HashMap<>();
    StringBuilder sql = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (sql.length() == 0 && line.startsWith("-- ") && line.indexOf(':') > 3) {
        int colon = line.indexOf(':');
        header.put(line.substring(3, colon).strip(), line.substring(colon + 1).strip());
      } else if (!line.isBlank() || sql.length() > 0) {
        sql.append(line).append('\n');
      }
    }
    if (!header.containsKey("why") || header.get("why").isEmpty()) {
      throw new IllegalStateException(resource(code) + " needs a '-- why:' line saying why the rule exists");
    }
    return new ReturnsLoader.Rule(code.name(), header.get("kind"), header.get("column"), header.get("value"),
        header.get("detail"), sql.toString().strip());
  }
}
