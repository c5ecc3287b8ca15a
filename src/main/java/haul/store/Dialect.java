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
}
