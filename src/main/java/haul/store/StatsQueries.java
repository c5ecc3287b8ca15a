package haul.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The statistics of DESIGN.md as GROUP BYs in the store (views of {@code V4__stats.sql}): Java
 * receives only the aggregated cube, about 1,700 figures per year, never the seizures themselves.
 */
public final class StatsQueries {

  private final Store store;

  public StatsQueries(Store store) {
    this.store = store;
  }

  /** Financial years (by their end year) with any return or published table, oldest first. */
  public List<Integer> yearsHeld() {
    return store.run(c -> {
      List<Integer> years = new ArrayList<>();
      try (var statement = c.createStatement();
          ResultSet rs = statement.executeQuery(
              "SELECT DISTINCT financial_year_end FROM stats_return ORDER BY financial_year_end")) {
        while (rs.next()) {
          years.add(rs.getInt(1));
        }
      }
      return years;
    });
  }

  /**
   * Every figure of every area for the financial years ending from {@code fromEnd} to {@code toEnd},
   * ordered by year, area type, area code, item kind and item (byte-wise), so equal data gives an
   * equal list.
   */
  public List<StatsFigure> figures(int fromEnd, int toEnd) {
    return store.run(c -> {
      List<StatsFigure> figures = new ArrayList<>();
      try (PreparedStatement statement = c.prepareStatement(
          "SELECT financial_year_end, area_type, area_code, item_kind, item, seizures, quantity,"
              + " lines_without_quantity, members_missing FROM stats_area_figure"
              + " WHERE financial_year_end BETWEEN ? AND ?"
              + " ORDER BY financial_year_end, area_type, area_code COLLATE \"C\", item_kind, item COLLATE \"C\"")) {
        statement.setInt(1, fromEnd);
        statement.setInt(2, toEnd);
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            figures.add(new StatsFigure(
                rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                optionalLong(rs, 6), Optional.ofNullable(rs.getBigDecimal(7)).map(StatsQueries::plain), optionalLong(rs, 8),
                rs.getInt(9)));
          }
        }
      }
      return figures;
    });
  }

  /** Without the scale of DECIMAL(38,9): 2.000000000 is 2, so that equal figures are equal values. */
  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static OptionalLong optionalLong(ResultSet rs, int column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
  }
}
