package haul.store;

import haul.reference.DrugClass;
import haul.reference.FinancialYear;
import haul.reference.InputUnit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.LocalDate;

/**
 * Writes returns and published-table figures straight into a store with plain INSERTs, storing
 * what the importers store: quantities converted to the drug's unit (g to kg), and each line's
 * class on the seizure's date. For statistics tests until they can use real imports.
 */
public final class SeizureFixture {

  private final Store store;

  public SeizureFixture(Store store) {
    this.store = store;
  }

  /** A line of a return: a catalogue drug, with a quantity in an input unit or none. */
  public record Line(String drug, BigDecimal quantity, String unit) {}

  public static Line line(String drug, String quantity, String unit) {
    return new Line(drug, new BigDecimal(quantity), unit);
  }

  public static Line line(String drug) {
    return new Line(drug, null, null);
  }

  /** One event of an agency's return with its drug lines. */
  public SeizureFixture seizure(String agency, String id, String date, Line... lines) {
    LocalDate day = LocalDate.parse(date);
    store.run(c -> {
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO seizure VALUES (?, ?, ?, ?, 0)")) {
        insert.setString(1, agency);
        insert.setString(2, id);
        insert.setDate(3, Date.valueOf(day));
        insert.setInt(4, FinancialYear.of(day).endYear());
        insert.executeUpdate();
      }
      int row = 2;
      try (PreparedStatement insert =
          c.prepareStatement("INSERT INTO drug_line VALUES (?, ?, ?, ?, ?, ?, ?, 0)")) {
        for (Line line : lines) {
          DrugClass drugClass = store.reference().drugs().classOn(line.drug(), day).orElseThrow();
          insert.setString(1, agency);
          insert.setString(2, id);
          insert.setString(3, line.drug());
          insert.setString(4, drugClass.label());
          if (line.quantity() == null) {
            insert.setNull(5, Types.DECIMAL);
            insert.setNull(6, Types.VARCHAR);
          } else {
            InputUnit unit = store.reference().drugs().inputUnit(line.unit()).orElseThrow();
            insert.setBigDecimal(5, line.quantity().multiply(unit.factor(), MathContext.DECIMAL128));
            insert.setString(6, unit.unit().label());
          }
          insert.setLong(7, row++);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      return null;
    });
    return this;
  }

  /**
   * One cell of a published table, as {@code haul import-tables} stores it; a null value is a
   * blank cell.
   */
  public SeizureFixture tableFigure(
      int yearEnd, String agency, String measure, String itemKind, String item, String value) {
    store.run(c -> {
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO table_figure VALUES (?, ?, ?, ?, ?, ?, 0)")) {
        insert.setInt(1, yearEnd);
        insert.setString(2, agency);
        insert.setString(3, measure);
        insert.setString(4, itemKind);
        insert.setString(5, item);
        if (value == null) {
          insert.setNull(6, Types.DECIMAL);
        } else {
          insert.setBigDecimal(6, new BigDecimal(value));
        }
        insert.executeUpdate();
      }
      return null;
    });
    return this;
  }
}
