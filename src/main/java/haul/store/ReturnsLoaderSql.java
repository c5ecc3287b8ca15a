package haul.store;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL of the returns loader's stages, as text: the resolution of staged rows against the
 * reference tables (where the engines differ, {@link Dialect} says how) and the frame the rules of
 * ingest run in. The rules themselves are ingest's ({@link ReturnsLoader.Rule}); here they are put
 * together into one query per engine, a UNION ALL over the rows flagged bad, which is what keeps a
 * million-row import to a few passes.
 */
final class ReturnsLoaderSql {

  private ReturnsLoaderSql() {}

  /** What a quantity must look like before it is read as a number. */
  private static final String QUANTITY_PATTERN = "-?([0-9]+\\.?[0-9]*|\\.[0-9]+)";

  /** Runs of white space as RE2's \s means it, spelled out so that PostgreSQL means the same. */
  private static final String SPACES = "'[\\t\\n\\f\\r ]+'";

  /** A staged quantity as a number, or NULL when it is not one that fits. */
  private static String quantity(Dialect dialect, String raw) {
    String text = "trim(" + raw + ")";
    return "CASE WHEN " + dialect.fullMatch(text, QUANTITY_PATTERN) + " THEN " + dialect.quantityOrNull(text) + " END";
  }

  /**
   * A staged seizure id as stored: trimmed, in Unicode NFC, so that the NFC and NFD spellings of
   * one id (which look alike) are one seizure; NULL when empty.
   */
  private static String seizureId(Dialect dialect) {
    return dialect.nfc("nullif(trim(s.seizure_id), '')");
  }

  /**
   * Every spelling of an agency in the staged rows, resolved once (a return repeats a few dozen
   * spellings a million times): in lower case with runs of spaces as one, as {@code
   * ref_agency_name} holds them.
   */
  static String agencySpellings() {
    return """
        AS SELECT d.raw, nullif(trim(d.raw), '') AS agency, n.code AS agency_code
        FROM (SELECT DISTINCT agency AS raw FROM return_staging) d
        LEFT JOIN ref_agency_name n ON n.name = regexp_replace(lower(trim(d.raw)), %s, ' ', 'g')
        """.formatted(SPACES);
  }

  /**
   * Every combination of drug, date and unit spellings in the staged rows (a few thousand in a
   * year's return), resolved once: the date, the catalogue row the name means on that date (via
   * {@code ref_drug_alias}), its class then, and whether the unit fits it.
   */
  static String lineSpellings(Dialect dialect) {
    String date = "trim(raw_date)";
    return """
      AS WITH spellings AS (
        SELECT raw_drug, raw_date, raw_unit,
          nullif(trim(raw_drug), '') AS drug, nullif(trim(raw_date), '') AS seizure_date,
          nullif(trim(raw_unit), '') AS unit,
          regexp_replace(lower(trim(raw_drug)), %s, ' ', 'g') AS drug_key,
          CASE WHEN %s AND substr(trim(raw_date), 1, 4) <> '0000' THEN %s END AS sdate,
          nullif(lower(trim(raw_unit)), '') AS unit_given
        FROM (SELECT DISTINCT drug AS raw_drug, seizure_date AS raw_date, unit AS raw_unit FROM return_staging) d
      )
      SELECT sp.*,
        EXISTS (SELECT 1 FROM ref_drug_alias x WHERE x.alias = sp.drug_key) AS drug_known,
        a.drug AS drug_name, dc.drug_class, rd.unit AS drug_unit, iu.input_unit AS known_unit,
        iu.factor, du.input_unit AS drug_input_unit
      FROM spellings sp
      LEFT JOIN ref_drug_alias a ON a.alias = sp.drug_key AND sp.sdate IS NOT NULL
        AND sp.sdate >= coalesce(a.valid_from, DATE '0001-01-01') AND sp.sdate <= coalesce(a.valid_to, DATE '9999-12-31')
      LEFT JOIN ref_drug_class dc ON dc.drug = a.drug
        AND sp.sdate >= coalesce(dc.valid_from, DATE '0001-01-01') AND sp.sdate <= coalesce(dc.valid_to, DATE '9999-12-31')
      LEFT JOIN ref_drug rd ON rd.name = a.drug
      LEFT JOIN ref_input_unit iu ON iu.input_unit = sp.unit_given
      LEFT JOIN ref_drug_input_unit du ON du.drug = a.drug AND du.input_unit = sp.unit_given
      """.formatted(SPACES, dialect.fullMatch(date, "[0-9]{4}-[0-9]{2}-[0-9]{2}"), dialect.isoDateOrNull(date));
  }

  /** The columns of a resolved row, the names every row rule's condition, value and detail read. */
  private static String resolvedColumns(Dialect dialect) {
    return """
        am.agency, am.agency_code, %s AS seizure_id, lk.seizure_date, lk.drug, lk.unit,
          nullif(trim(s.quantity), '') AS quantity,
          lk.sdate, lk.drug_known, lk.drug_name, lk.drug_class, lk.drug_unit, lk.known_unit, lk.factor,
          lk.drug_input_unit, %s AS qty""".formatted(seizureId(dialect), quantity(dialect, "s.quantity"));
  }

  /** Each staged row's spellings, resolved once per spelling. */
  private static String spellingJoins(Dialect dialect) {
    return "LEFT JOIN return_agency_spelling am ON " + dialect.sameStagedField("am.raw", "s.agency")
        + " LEFT JOIN return_line_spelling lk ON " + dialect.sameStagedField("lk.raw_drug", "s.drug")
        + " AND " + dialect.sameStagedField("lk.raw_date", "s.seizure_date")
        + " AND " + dialect.sameStagedField("lk.raw_unit", "s.unit");
  }

  /**
   * Every staged row, narrowed to what loading and the event rules need, and whether it breaks a
   * row rule ({@code row_bad}: any rule's condition); the details of a bad row are worked out
   * again from its staging row ({@code sid}) only when it is reported.
   */
  static String checked(Dialect dialect, List<ReturnsLoader.Rule> rowRules) {
    String anyRule = rowRules.stream().map(r -> "(" + r.sql() + ")").collect(Collectors.joining("\n          OR "));
    return """
      AS WITH settings AS (SELECT today, only_agency, series_start, series_start_text FROM return_settings),
      q AS (
        SELECT s.rowid AS sid, s.file_no, s.rowid - b.base + 1 AS rec, %s
        FROM return_staging s
        JOIN return_base b USING (file_no)
        %s
      )
      SELECT q.sid, q.file_no, q.rec, q.rec + 1 AS row_no, q.agency_code, q.seizure_id, q.sdate,
        CAST(CASE WHEN EXTRACT(MONTH FROM q.sdate) >= 4 THEN EXTRACT(YEAR FROM q.sdate) + 1
                  ELSE EXTRACT(YEAR FROM q.sdate) END AS INTEGER) AS fye,
        q.drug_name, q.drug_class,
        CASE WHEN q.drug_unit IS NULL OR q.factor = 1 THEN q.qty
             ELSE round(q.qty * CAST(q.factor AS DECIMAL(4, 3)), 9) END AS stored_quantity,
        CASE WHEN q.drug_unit IS NULL THEN q.known_unit ELSE q.drug_unit END AS stored_unit,
        coalesce(%s, false) AS row_bad
      FROM q, settings st
      """.formatted(resolvedColumns(dialect), spellingJoins(dialect), anyRule);
  }

  /**
   * One row per broken rule per row: the row rules run on the rows flagged {@code row_bad} only,
   * worked out again from their staging rows; the event rules group every row.
   */
  static String problems(Dialect dialect, List<ReturnsLoader.Rule> rowRules, List<ReturnsLoader.Rule> eventRules) {
    StringBuilder rules = new StringBuilder();
    for (ReturnsLoader.Rule rule : rowRules) {
      rules.append(rules.length() == 0 ? "" : "\n  UNION ALL ")
          .append("SELECT file_no, rec, row_no, ").append(literal(rule.column())).append(" AS col, ")
          .append(literal(rule.code())).append(" AS code, CAST(").append(rule.value()).append(" AS VARCHAR) AS value, CAST(")
          .append(rule.detail()).append(" AS VARCHAR) AS detail FROM bad, settings st WHERE ").append(rule.sql());
    }
    for (ReturnsLoader.Rule rule : eventRules) {
      rules.append("\n  UNION ALL SELECT * FROM (").append(rule.sql()).append(") ").append(rule.code().toLowerCase(java.util.Locale.ROOT));
    }
    return """
      AS WITH settings AS (SELECT today, only_agency, series_start, series_start_text FROM return_settings),
      bad AS MATERIALIZED (
        SELECT n.*, %s
        FROM (SELECT sid, file_no, rec, row_no FROM return_checked WHERE row_bad) n
        JOIN return_staging s ON s.rowid = n.sid
        %s
      ),
      rules AS (
        %s
      )
      SELECT r.*, %s AS col_order FROM rules r
      """.formatted(resolvedColumns(dialect), spellingJoins(dialect), rules, COLUMN_ORDER);
  }

  /** Problems are listed by column in the return's order. */
  private static final String COLUMN_ORDER = "CASE r.col WHEN 'agency' THEN 1 WHEN 'seizure_id' THEN 2"
      + " WHEN 'seizure_date' THEN 3 WHEN 'drug' THEN 4 WHEN 'quantity' THEN 5 ELSE 6 END";

  /** A rule run after the others (a partial import's whole events), its problems added. */
  static String after(ReturnsLoader.Rule rule) {
    return "INSERT INTO return_problem SELECT r.*, " + COLUMN_ORDER + " FROM (" + rule.sql() + ") r";
  }

  /**
   * The events that need a second look: in more than one file of the command, or with rows dated
   * differently. One pass over every resolved row; usually a handful of events come out.
   */
  static final String EVENT_CHECK = """
      AS SELECT agency_code, seizure_id, min(file_no) AS first_file, max(file_no) AS last_file
      FROM return_checked WHERE agency_code IS NOT NULL AND seizure_id IS NOT NULL
      GROUP BY agency_code, seizure_id
      HAVING min(file_no) <> max(file_no) OR min(sdate) <> max(sdate)
      """;

  /** One event's rows in one file, as loading would store them, in one text to compare. */
  private static final String EVENT_CONTENT = "coalesce(CAST(k.sdate AS VARCHAR), '') || '|' || coalesce(k.drug_name, '')"
      + " || '|' || coalesce(CAST(k.stored_quantity AS VARCHAR), '') || '|' || coalesce(k.stored_unit, '')";

  /**
   * One seizure in several files of a command is loaded once when every file holds the same rows
   * for it (as stored: names resolved, units converted): these are the copies after its first
   * file, to drop. Where the files differ, every row stays and is a conflict (ingest's rule
   * {@code EVENT_IN_SEVERAL_FILES}).
   */
  static final String IDENTICAL_COPIES = """
      AS SELECT agency_code, seizure_id, file_no FROM (
          SELECT agency_code, seizure_id, file_no, content,
            min(content) OVER (PARTITION BY agency_code, seizure_id) AS low,
            max(content) OVER (PARTITION BY agency_code, seizure_id) AS high,
            min(file_no) OVER (PARTITION BY agency_code, seizure_id) AS first_file
          FROM (
            SELECT k.agency_code, k.seizure_id, k.file_no, string_agg(%s, ';' ORDER BY %s) AS content
            FROM return_checked k JOIN return_event_check e
              ON e.agency_code = k.agency_code AND e.seizure_id = k.seizure_id AND e.first_file <> e.last_file
            GROUP BY k.agency_code, k.seizure_id, k.file_no) per_file) compared
      WHERE low = high AND file_no <> first_file
      """.formatted(EVENT_CONTENT, EVENT_CONTENT);

  /**
   * A record's line where the whole-file checks found it moved (quoted line breaks): the last
   * shift at or before it. DuckDB joins each record to it with ASOF; PostgreSQL, which has no
   * ASOF join, looks it up by index.
   */
  static final String SHIFT_ROWS_ASOF = """
      UPDATE return_checked k SET row_no = k.rec + 1 + x.off FROM (
        SELECT c.file_no, c.rec, sh.off FROM return_checked c
        ASOF JOIN return_shift sh ON sh.file_no = c.file_no AND c.rec >= sh.rec_from) x
      WHERE x.file_no = k.file_no AND x.rec = k.rec
      """;

  static final String SHIFT_ROWS_SUBQUERY = """
      UPDATE return_checked k SET row_no = k.rec + 1 + coalesce((
        SELECT sh.off FROM return_shift sh WHERE sh.file_no = k.file_no AND sh.rec_from <= k.rec
        ORDER BY sh.rec_from DESC LIMIT 1), 0)
      """;

  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
