package haul.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * The few things DuckDB and PostgreSQL do differently, in one place per store ({@link DuckDbDialect},
 * {@link PostgresDialect}): schema versions, bulk loading, sequences, locking, and Parquet. Every
 * other statement of haul is SQL both engines read alike (sequences with {@code nextval('name')},
 * {@code INSERT ... ON CONFLICT}, {@code COLLATE "C"}, {@code current_timestamp::TIMESTAMP});
 * a repository that needs one of the differences asks {@link Store#dialect()}.
 */
interface Dialect {

  /** The engine's name, for messages: DuckDB or PostgreSQL. */
  String name();

  /** The schema version a store holds (0 before any migration). */
  int schemaVersion(Connection connection) throws SQLException;

  /** Tables that record migrations rather than data: never exported, restored or compared. */
  Set<String> bookkeepingTables();

  /**
   * Bulk-loads a CSV file into a table's columns, in the caller's transaction: a header row, commas,
   * double quotes; an empty unquoted field is NULL and a quoted empty field ({@code ""}) is an empty
   * string; values are text the engine casts to the column's type. DuckDB reads the file with
   * {@code read_csv}, PostgreSQL streams it through {@code COPY ... FROM STDIN}.
   *
   * @return rows loaded
   */
  long bulkLoad(Connection connection, String table, List<String> columns, Path csv) throws SQLException;

  /** Moves a sequence on so that its next value is above {@code atLeast} (used after a restore). */
  void advanceSequence(Connection connection, String sequence, long atLeast) throws SQLException;

  /** The store's sequences, by name. */
  List<String> sequences(Connection connection) throws SQLException;

  /**
   * Holds, until the transaction ends, the lock that lets one process at a time rewrite the
   * reference tables. A DuckDB file has one writer, so only PostgreSQL needs it.
   */
  void lockReferenceSync(Connection connection) throws SQLException;

  /**
   * Keeps other writers out of the tables until the transaction ends (a restore needs the store
   * to itself); readers may go on. A DuckDB file has one writer already.
   */
  void lockAgainstWriters(Connection connection, List<String> tables) throws SQLException;

  /**
   * Makes the caller's new transaction read one snapshot of the whole store (its first statement),
   * so that an export of many tables is consistent while others write.
   */
  void beginSnapshot(Connection connection) throws SQLException;

  /** Writes a table's columns, every row, to a Parquet file. */
  long writeParquet(Connection connection, String table, List<String> columns, Path file) throws SQLException;

  /** Inserts the rows of a Parquet file into a table's columns, in the caller's transaction. */
  long readParquet(Connection connection, String table, List<String> columns, Path file) throws SQLException;

  // What the returns loader (ReturnsLoader) needs of its engine.

  /**
   * Creates (replacing) the temporary table {@code return_staging (file_no, COLUMN...)} of raw
   * fields, one VARCHAR column per return column, numbered in reading order by a {@code rowid} the
   * engine keeps (DuckDB) or a column of that name the loader fills (PostgreSQL has no rowid).
   */
  void createReturnStaging(Connection connection, List<String> columns) throws SQLException;

  /**
   * Reads one return (a header row, commas, double quotes) into {@code return_staging}: the file's
   * fields at {@code columnPositions}, records numbered on from {@code firstRowId} where the engine
   * does not number them itself. An empty field may be staged as NULL or as empty text (see {@link
   * #sameStagedField}); a file the engine's reader refuses throws with its reason.
   *
   * @return records read
   */
  long stageReturns(Connection connection, int fileNo, long firstRowId, Path csv, int[] columnPositions,
      int columnCount) throws SQLException;

  /** SQL: whether two staged fields hold the same text, an empty field matching an empty field. */
  String sameStagedField(String left, String right);

  /** SQL: whether text matches a regular expression as a whole (RE2's syntax, as both engines read it). */
  String fullMatch(String text, String regex);

  /**
   * SQL: text of the form {@code 9999-99-99} (year 0001 or later) as a DATE, or NULL when there is no
   * such day (2021-02-30).
   */
  String isoDateOrNull(String text);

  /**
   * SQL: text of the form {@code -?([0-9]+\.?[0-9]*|\.[0-9]+)} as DECIMAL(18, 9), rounded half away
   * from zero to 9 places, or NULL when it is 1,000,000,000 or more either way.
   */
  String quantityOrNull(String text);

  /** SQL: text in Unicode normalisation form NFC (NULL stays NULL). */
  String nfc(String text);

  /** Whether the engine has ASOF joins; without them the loader says the same with a subquery. */
  boolean hasAsofJoin();

  /** Gathers a freshly filled temporary table's statistics, where the planner needs them. */
  void analyze(Connection connection, String table) throws SQLException;

  /** Rows appended to a table, every column in order, in the caller's transaction; fast for many rows. */
  interface RowAppender extends AutoCloseable {
    /** One row: Long, Integer, String or null values, one per column. */
    void row(Object... values) throws SQLException;

    /** Writes what is left; the rows are in the table after. */
    @Override
    void close() throws SQLException;
  }

  RowAppender appender(Connection connection, String table) throws SQLException;
}
