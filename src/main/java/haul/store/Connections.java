package haul.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where a {@link Store} gets its connections: the one connection of a DuckDB file, or a pool of
 * PostgreSQL connections. A connection is acquired for a transaction or a single statement and
 * released after it.
 */
interface Connections extends AutoCloseable {

  Connection acquire() throws SQLException;

  void release(Connection connection) throws SQLException;

  /** True when each acquire gives a connection of its own, so threads may work at once. */
  boolean pooled();

  @Override
  void close() throws SQLException;
}
