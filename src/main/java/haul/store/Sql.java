package haul.store;

import java.sql.SQLException;

/** Work against a JDBC connection that may throw {@link SQLException}. */
@FunctionalInterface
public interface Sql<T> {
  T run(java.sql.Connection connection) throws SQLException;
}
