package haul.ingest.tables;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import haul.ingest.tables.TableMapping.AgencyColumn;
import haul.ingest.tables.TableMapping.AgencyRow;
import haul.ingest.tables.TableMapping.Column;
import haul.ingest.tables.TableMapping.Erratum;
import haul.ingest.tables.TableMapping.ItemColumn;
import haul.ingest.tables.TableMapping.Match;
import haul.ingest.tables.TableMapping.PublishedUnit;
import haul.ingest.tables.TableMapping.Row;
import haul.ingest.tables.TableMapping.TotalRow;
import haul.reference.Drug;
import haul.reference.FinancialYear;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one published force x drug table (one row per agency, one column per drug, group, class
 * or total) by the rules of a {@link TableMapping}. It streams the file once, computing its
 * SHA-256 as it goes, and holds only the figures (a few thousand cells for a real table).
 *
 * <p>Every header, agency and cell it cannot map is reported by row and column; nothing is guessed.
 *
 * <p>Over 350 lines because one reading of a file is one state (header, then rows, then the
 * checks) and each of its refusals is written here with its location and how to fix it; the rules
 * are {@link TableMapping}'s and the consistency checks {@link TableChecks}'.
 */
public final class TableParser {

  private static final Pattern COUNT = Pattern.compile("\\d+|\\d{1,3}(?:,\\d{3})+");
  private static final Pattern DECIMAL = Pattern.compile("(?:\\d+|\\d{1,3}(?:,\\d{3})+)(?:\\.\\d+)?|\\.\\d+");
  private static final int STORED_SCALE = 9;

  private final TableMapping mapping;

  public TableParser(TableMapping mapping) {
    this.mapping = mapping;
  }

  /** A column as read: its label in the file, what it means, and how to scale its values. */
  private record ColumnPlan(int index, String label, Optional<Column> meaning, BigDecimal factor) {
    Optional<TableItem> item() {
      return meaning.filter(ItemColumn.class::isInstance).map(c -> ((ItemColumn) c).item());
    }
  }

  /** One agency (or total) row's values by item; an empty value is a blank cell. */
  record RowValues(long row, String agencyCode, Map<TableItem, Optional<BigDecimal>> values) {}

  /** Reads {@code file} as the table of {@code measure} for {@code year}. */
  public ParsedTable parse(Path file, FinancialYear year, TableMeasure measure) {
    String name = file.getFileName().toString();
    Reading reading = new Reading(name, year, measure);
    MessageDigest digest = sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest);
        CsvReader<CsvRecord> reader =
            CsvReader.builder()
                .ignoreDifferentFieldCount(true)
                .ofCsvRecord(
                    new InputStreamReader(
                        in,
                        StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      for (CsvRecord record : reader) {
        reading.accept(record);
      }
      in.transferTo(java.io.OutputStream.nullOutputStream());
    } catch (UncheckedIOException e) {
      reading.fail(e.getCause() instanceof CharacterCodingException
          ? TableIssue.ofFile(name, TableIssueCode.NOT_UTF8, "the file is not UTF-8 text: save it as CSV UTF-8")
          : TableIssue.ofFile(name, TableIssueCode.UNREADABLE_FILE, "cannot read the file: " + e.getCause().getMessage()));
    } catch (CsvParseException e) {
      reading.fail(TableIssue.ofFile(name, TableIssueCode.UNREADABLE_FILE, "not a readable CSV file: " + e.getMessage()));
    } catch (IOException e) {
      reading.fail(TableIssue.ofFile(name, TableIssueCode.UNREADABLE_FILE, "cannot read the file: " + e.getMessage()));
    }
    return reading.finish(HexFormat.of().formatHex(digest.digest()));
  }

  /** The state of reading one file. */
  private final class Reading {
    private final String file;
    private final FinancialYear year;
    private final TableMeasure measure;
    private final List<TableIssue> errors = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, List<String>> conversions = new LinkedHashMap<>();
    private final List<RowValues> agencyRows = new ArrayList<>();
    private final List<RowValues> totalRows = new ArrayList<>();
    private final Map<String, Long> agencyFirstRow = new HashMap<>();
    private List<ColumnPlan> columns;
    private int agencyColumn = -1;
    private long rowsRead;

    Reading(String file, FinancialYear year, TableMeasure measure) {
      this.file = file;
      this.year = year;
      this.measure = measure;
    }

    void fail(TableIssue issue) {
      errors.add(issue);
    }

    void accept(CsvRecord record) {
      if (columns == null) {
        readHeader(record);
      } else {
        rowsRead++;
        readRow(record);
      }
    }

    private void readHeader(CsvRecord record) {
      List<String> given = record.getFields().stream().map(TableParser::display).toList();
      List<String> keys = given.stream().map(mapping::headerKey).toList();
      Optional<Erratum> erratum = mapping.erratum(measure, year, keys);
      List<String> meant = erratum.map(Erratum::meant).orElse(keys);
      columns = new ArrayList<>();
      Map<TableItem, String> seen = new LinkedHashMap<>();
      for (int i = 0; i < given.size(); i++) {
        String label = given.get(i);
        Optional<Column> meaning;
        if (meant.get(i).equals(keys.get(i))) {
          Optional<Match<Column>> match = mapping.column(label);
          meaning = match.map(Match::meaning);
          match.filter(m -> !m.marker().isEmpty()).ifPresent(m -> notes.add("column " + (columns.size() + 1)
              + " headed '" + label + "' read as " + describe(m.meaning()) + ": the footnote marker '"
              + m.marker() + "' was removed"));
        } else {
          meaning = mapping.columnByKey(meant.get(i));
          String marker = mapping.footnoteMarker(label);
          if (!marker.isEmpty()) {
            notes.add("column " + (columns.size() + 1) + " headed '" + label + "': the footnote marker '" + marker
                + "' was removed");
          }
        }
        BigDecimal factor = BigDecimal.ONE;
        if (meaning.isEmpty()) {
          errors.add(new TableIssue(file, record.getStartingLineNumber(), columnName(i, label),
              TableIssueCode.UNMAPPED_HEADER, label.isEmpty() ? "the column has no label" : unknownColumn(label)));
        } else if (meaning.get() instanceof AgencyColumn) {
          if (agencyColumn >= 0) {
            errors.add(new TableIssue(file, record.getStartingLineNumber(), columnName(i, label),
                TableIssueCode.DUPLICATE_COLUMN, "a second agency column (the first is column " + (agencyColumn + 1) + ")"));
          } else {
            agencyColumn = i;
          }
        } else {
          TableItem item = ((ItemColumn) meaning.get()).item();
          String earlier = seen.putIfAbsent(item, label);
          if (earlier != null) {
            errors.add(new TableIssue(file, record.getStartingLineNumber(), columnName(i, label),
                TableIssueCode.DUPLICATE_COLUMN,
                "means " + item + ", as column '" + earlier + "' does already"));
            meaning = Optional.empty();
          } else {
            Optional<BigDecimal> scale = factorFor(item, label, record.getStartingLineNumber(), i);
            if (scale.isEmpty()) {
              meaning = Optional.empty();
            } else {
              factor = scale.get();
            }
          }
        }
        boolean relabelled = !meant.get(i).equals(keys.get(i));
        String shown = relabelled ? shown(label) + " [read as " + meaning.flatMap(m -> m instanceof ItemColumn c
            ? Optional.of(c.item().toString()) : Optional.empty()).orElse(meant.get(i)) + "]" : shown(label);
        columns.add(new ColumnPlan(i, shown, meaning, factor));
      }
      if (erratum.isPresent()) {
        for (int i = 0; i < given.size(); i++) {
          if (!meant.get(i).equals(keys.get(i))) {
            notes.add("column " + (i + 1) + " headed '" + given.get(i) + "' read as "
                + columns.get(i).item().map(TableItem::toString).orElse("'" + meant.get(i) + "'"));
          }
        }
        notes.add("by the header erratum for " + measure.label() + " " + year.label() + ": " + erratum.get().reason());
      }
      if (agencyColumn < 0) {
        errors.add(new TableIssue(file, record.getStartingLineNumber(), "", TableIssueCode.NO_AGENCY_COLUMN,
            "no column names the agency (such as 'Police force')"));
      }
    }

    /** The factor from published to stored units; empty (and an error) when the item has no place here. */
    private Optional<BigDecimal> factorFor(TableItem item, String label, long row, int index) {
      if (measure == TableMeasure.SEIZURES) {
        return Optional.of(BigDecimal.ONE);
      }
      Optional<Drug> drug =
          item.kind() == ItemKind.DRUG ? mapping.reference().drugs().byName(item.name()) : Optional.empty();
      if (drug.isEmpty() || drug.get().isCountOnly()) {
        errors.add(new TableIssue(file, row, columnName(index, label), TableIssueCode.ITEM_NOT_IN_MEASURE,
            item + " has no quantity: a quantities table holds drugs with a unit only"));
        return Optional.empty();
      }
      Optional<PublishedUnit> unit = mapping.publishedUnit(drug.get().unit().orElseThrow(), year);
      if (unit.isEmpty()) {
        errors.add(new TableIssue(file, row, columnName(index, label), TableIssueCode.NO_UNIT_RULE,
            "no rule says in what unit " + year.label() + " published " + drug.get().unit().orElseThrow().label()
                + " of " + item.name() + ": add one to table-mapping.csv"));
        return Optional.empty();
      }
      if (unit.get().factor().compareTo(BigDecimal.ONE) != 0) {
        conversions
            .computeIfAbsent(
                "given in " + unit.get().label() + ", stored as " + drug.get().unit().orElseThrow().label()
                    + " (x" + unit.get().factor().toPlainString() + "): ",
                k -> new ArrayList<>())
            .add(item.name());
      }
      return Optional.of(unit.get().factor());
    }

    private void readRow(CsvRecord record) {
      long row = record.getStartingLineNumber();
      if (record.getFieldCount() != columns.size()) {
        errors.add(new TableIssue(file, row, "", TableIssueCode.RAGGED_ROW,
            "the row has " + record.getFieldCount() + " fields and the header " + columns.size()));
        return;
      }
      if (agencyColumn < 0) {
        return;
      }
      String agencyLabel = columns.get(agencyColumn).label();
      String given = display(record.getField(agencyColumn));
      Optional<Match<Row>> match = mapping.row(given);
      Optional<Row> meaning = match.map(Match::meaning);
      if (meaning.isEmpty()) {
        errors.add(new TableIssue(file, row, agencyLabel, TableIssueCode.UNMAPPED_AGENCY,
            given.isEmpty() ? "the row names no agency" : unknownAgency(given)));
      }
      match.filter(m -> !m.marker().isEmpty()).ifPresent(m -> notes.add("row " + row + ": '" + given + "' read as "
          + (m.meaning() instanceof AgencyRow a ? mapping.reference().agencies().require(a.agencyCode()).fullName() : "a total row")
          + ": the footnote marker '" + m.marker() + "' was removed"));
      String agency = meaning.filter(AgencyRow.class::isInstance).map(r -> ((AgencyRow) r).agencyCode()).orElse("");
      if (!agency.isEmpty()) {
        Long first = agencyFirstRow.putIfAbsent(agency, row);
        if (first != null) {
          errors.add(new TableIssue(file, row, agencyLabel, TableIssueCode.DUPLICATE_AGENCY,
              "'" + shown(given) + "' is " + agency + ", already given in row " + first));
          return;
        }
      }
      Map<TableItem, Optional<BigDecimal>> values = new LinkedHashMap<>();
      for (ColumnPlan column : columns) {
        Optional<TableItem> item = column.item();
        if (item.isPresent()) {
          values.put(item.get(), value(record.getField(column.index()), column, row));
        }
      }
      if (meaning.isPresent() && meaning.get() instanceof TotalRow) {
        totalRows.add(new RowValues(row, given, values));
      } else if (!agency.isEmpty()) {
        agencyRows.add(new RowValues(row, agency, values));
      }
    }

    private Optional<BigDecimal> value(String text, ColumnPlan column, long row) {
      String cell = text.strip();
      if (cell.isEmpty() || mapping.meansNotAvailable(cell)) {
        return Optional.empty();
      }
      String digits = cell.startsWith("-") ? cell.substring(1).strip() : cell;
      boolean number = measure == TableMeasure.SEIZURES ? COUNT.matcher(digits).matches() : DECIMAL.matcher(digits).matches();
      if (!number) {
        if (measure == TableMeasure.SEIZURES && DECIMAL.matcher(digits).matches()) {
          return error(row, column, TableIssueCode.NOT_A_WHOLE_NUMBER, "'" + shown(cell) + "' is not a whole number of seizures");
        }
        return error(row, column, TableIssueCode.NOT_A_NUMBER,
            "'" + shown(cell) + "' is not a number (a blank cell, '..' or '[x]' means not available)");
      }
      if (cell.startsWith("-")) {
        return error(row, column, TableIssueCode.NEGATIVE_VALUE, "'" + shown(cell) + "' is negative");
      }
      BigDecimal value = new BigDecimal(digits.replace(",", "")).multiply(column.factor());
      if (value.compareTo(measure.largest()) > 0) {
        return error(row, column, TableIssueCode.VALUE_TOO_LARGE, "'" + shown(cell) + "' is more than haul can store (at most "
            + String.format(Locale.ROOT, "%,d", measure.largest().toBigInteger()) + " "
            + (measure == TableMeasure.SEIZURES ? "seizures" : column.item().flatMap(this::storedUnit).orElse("units"))
            + " in one cell)");
      }
      if (value.stripTrailingZeros().scale() > STORED_SCALE) {
        return error(row, column, TableIssueCode.TOO_MANY_DECIMALS,
            "'" + shown(cell) + "' has more decimal places than haul keeps (" + STORED_SCALE + " in the stored unit)");
      }
      return Optional.of(value);
    }

    private Optional<String> storedUnit(TableItem item) {
      return mapping.reference().drugs().byName(item.name()).flatMap(Drug::unit).map(u -> u.label() + " of " + item.name());
    }

    private Optional<BigDecimal> error(long row, ColumnPlan column, TableIssueCode code, String message) {
      errors.add(new TableIssue(file, row, column.label(), code, message));
      return Optional.empty();
    }

    ParsedTable finish(String sha256) {
      if (columns == null && errors.isEmpty()) {
        errors.add(TableIssue.ofFile(file, TableIssueCode.EMPTY_FILE, "the file is empty: a header row and agency rows are needed"));
      } else if (errors.isEmpty() && agencyRows.isEmpty()) {
        errors.add(TableIssue.ofFile(file, TableIssueCode.EMPTY_FILE, "the file has a header but no agency rows"));
      }
      conversions.forEach((conversion, drugs) -> notes.add(conversion + String.join(", ", drugs)));
      List<TableFigure> figures = new ArrayList<>();
      List<TableIssue> warnings = new ArrayList<>();
      if (errors.isEmpty()) {
        for (RowValues row : agencyRows) {
          row.values().forEach((item, value) -> figures.add(new TableFigure(row.agencyCode(), item, value)));
        }
        Map<TableItem, String> labels = new LinkedHashMap<>();
        columns.forEach(c -> c.item().ifPresent(item -> labels.put(item, c.label())));
        TableChecks checks = new TableChecks(mapping.reference(), file, year, measure, labels);
        warnings.addAll(checks.check(agencyRows, totalRows));
        notes.addAll(checks.foldedIntoOther());
      }
      return new ParsedTable(
          file, year, measure, sha256, rowsRead,
          agencyRows.stream().map(RowValues::agencyCode).toList(),
          figures, errors, warnings, notes);
    }
  }

  private static String describe(Column column) {
    return column instanceof ItemColumn c ? c.item().toString() : "the agency column (Police force)";
  }

  /** An unknown column: the closest known one, and how to add a rule without rebuilding haul. */
  private String unknownColumn(String label) {
    Optional<Column> closest = mapping.closestColumn(label);
    String line = closest.map(c -> c instanceof ItemColumn i
            ? ruleLine("header", shown(label), i.item().kind().label(), i.item().name())
            : ruleLine("header", shown(label), "agency", ""))
        .orElse(ruleLine("header", shown(label), "drug", "DRUG_NAME"));
    return "'" + shown(label) + "' is not a column haul knows" + closest.map(c -> " (did you mean " + describe(c) + "?)").orElse("")
        + ": if it is one, give --mapping FILE, a CSV file with the columns of table-mapping.csv"
        + " (kind,match,target_kind,target) and the line " + line;
  }

  /** An unknown agency: the closest known one, and how to add its spelling without rebuilding haul. */
  private String unknownAgency(String name) {
    Optional<String> closest = mapping.closestAgency(name);
    return "'" + shown(name) + "' is not an agency haul knows"
        + closest.map(c -> " (did you mean " + mapping.reference().agencies().require(c).fullName() + "?)").orElse("")
        + ": if it is one, give --mapping FILE, a CSV file with the columns of table-mapping.csv"
        + " (kind,match,target_kind,target) and the line " + ruleLine("agency", shown(name), "agency", closest.orElse("AGENCY_CODE"));
  }

  private static String ruleLine(String kind, String match, String targetKind, String target) {
    StringWriter line = new StringWriter();
    try (CsvWriter writer = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(line)) {
      writer.writeRecord(kind, match, targetKind, target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return line.toString().strip();
  }

  /** A label or cell as the file gives it, for messages: no BOM, line breaks and runs of spaces as one space. */
  static String display(String field) {
    return field.replace("\uFEFF", "").replaceAll("\\s+", " ").strip();
  }

  /** A cell for a message: at most 200 characters of it. */
  static String shown(String cell) {
    return cell.length() <= 200 ? cell : cell.substring(0, 200) + "...";
  }

  private static String columnName(int index, String label) {
    return label.isEmpty() ? "column " + (index + 1) : shown(label);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}
