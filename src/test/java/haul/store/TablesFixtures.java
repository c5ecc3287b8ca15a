package haul.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;

/** Test data the table importer's tests need from other parts of the store: a year held from returns. */
public final class TablesFixtures {

  private TablesFixtures() {}

  /** Stores one seizure of a return with one drug line, as {@code haul import} would. */
  public static void insertReturnSeizure(Store store, String agency, String seizureId, LocalDate date, String drug) {
    int yearEnd = date.getMonthValue() >= 4 ? date.getYear() + 1 : date.getYear();
    store.runAtomically(connection -> {
      try (PreparedStatement seizure = connection.prepareStatement("INSERT INTO seizure VALUES (?, ?, ?, ?, 0)");
          PreparedStatement line = connection.prepareStatement(
              "INSERT INTO drug_line VALUES (?, ?, ?, 'A', NULL, NULL, 2, 0)")) {
        seizure.setString(1, agency);
        seizure.setString(2, seizureId);
        seizure.setDate(3, Date.valueOf(date));
        seizure.setInt(4, yearEnd);
        seizure.executeUpdate();
        line.setString(1, agency);
        line.setString(2, seizureId);
        line.setString(3, drug);
        line.executeUpdate();
      }
      return null;
    });
  }

  /** Seizures of returns held for a financial year. */
  public static long returnsSeizures(Store store, int yearEnd) {
    return new TablesRepository(store).returnsSeizures(yearEnd);
  }

  /** Drug lines held, all years. */
  public static long drugLines(Store store) {
    return store.run(connection -> {
      try (var rs = connection.createStatement().executeQuery("SELECT count(*) FROM drug_line")) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }
}
