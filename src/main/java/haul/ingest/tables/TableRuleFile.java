package haul.ingest.tables;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A file of table-mapping rules: the bundled {@code table-mapping.csv}, or one a user gives with
 * {@code haul import-tables --mapping FILE} (same columns; lines starting with {@code #} are
 * comments). Reading it never throws for a bad file: what is wrong is an issue with the file, row
 * and column.
 */
record TableRuleFile(List<Rule> rules, List<TableIssue> errors) {

  /** The columns of a rule file, in order. */
  static final List<String> COLUMNS = List.of("kind", "match", "target_kind", "target", "factor", "from_year", "to_year", "note");

  /** One rule line: where it is, and its fields by column name. */
  record Rule(String file, long row, Map<String, String> fields) {
    String get(String column) {
      return fields.getOrDefault(column, "");
    }
  }

  TableRuleFile {
    rules = List.copyOf(rules);
    errors = List.copyOf(errors);
  }

  /** A bundled file of rules whose header has at least {@code required}; a wrong one is a bug of the build. */
  static TableRuleFile resource(String path, List<String> required) {
    InputStream in = TableRuleFile.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("table mapping missing from the build: " + path);
    }
    TableRuleFile file = read(path.substring(path.lastIndexOf('/') + 1), in, required);
    if (!file.errors().isEmpty()) {
      throw new IllegalStateException(file.errors().get(0).describe());
    }
    return file;
  }

  /** A user's rule file; a missing or unreadable file is an issue, not an exception. */
  static TableRuleFile of(Path file) {
    String name = file.getFileName().toString();
    try {
      return read(name, Files.newInputStream(file), COLUMNS.subList(0, 4));
    } catch (IOException e) {
      return new TableRuleFile(List.of(), List.of(TableIssue.ofFile(name, TableIssueCode.UNREADABLE_FILE,
          "cannot read the mapping file: " + e.getMessage())));
    }
  }

  private static TableRuleFile read(String name, InputStream input, List<String> required) {
    List<Rule> rules = new ArrayList<>();
    List<TableIssue> errors = new ArrayList<>();
    try (InputStream in = input;
        Reader text = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        CsvReader<NamedCsvRecord> reader = CsvReader.builder()
            .commentStrategy(CommentStrategy.SKIP)
            .ignoreDifferentFieldCount(true)
            .ofNamedCsvRecord(text)) {
      for (NamedCsvRecord record : reader) {
        List<String> header = record.getHeader().stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
        if (!header.containsAll(required)) {
          errors.add(new TableIssue(name, 1, "", TableIssueCode.BAD_MAPPING_RULE,
              "the header must have the columns " + String.join(",", required) + " (as table-mapping.csv: "
                  + String.join(",", COLUMNS) + "), not " + String.join(",", header)));
          break;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(header.size(), record.getFieldCount()); i++) {
          fields.put(header.get(i), record.getField(i));
        }
        rules.add(new Rule(name, record.getStartingLineNumber(), fields));
      }
    } catch (UncheckedIOException e) {
      errors.add(TableIssue.ofFile(name, e.getCause() instanceof CharacterCodingException
          ? TableIssueCode.NOT_UTF8 : TableIssueCode.UNREADABLE_FILE,
          e.getCause() instanceof CharacterCodingException
              ? "the mapping file is not UTF-8 text: save it as CSV UTF-8"
              : "cannot read the mapping file: " + e.getCause().getMessage()));
    } catch (CsvParseException e) {
      errors.add(TableIssue.ofFile(name, TableIssueCode.BAD_MAPPING_RULE,
          "not a readable CSV file: " + e.getMessage() + " (every line needs the columns of table-mapping.csv)"));
    } catch (IOException e) {
      errors.add(TableIssue.ofFile(name, TableIssueCode.UNREADABLE_FILE, "cannot read the mapping file: " + e.getMessage()));
    }
    return new TableRuleFile(errors.isEmpty() ? rules : List.of(), errors);
  }
}
