package haul.store;

import haul.reference.Agency;
import haul.reference.Drug;
import haul.reference.DrugAlias;
import haul.reference.DrugClassPeriod;
import haul.reference.InputUnit;
import haul.reference.ReferenceData;
import haul.reference.Region;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Copies the bundled reference data into the store's {@code ref_*} tables, so that validation and
 * statistics can join against it in SQL. Runs when the store's copy has another fingerprint.
 */
final class ReferenceSync {

  private static final List<String> TABLES =
      List.of(
          "ref_meta", "ref_region", "ref_agency", "ref_agency_name", "ref_drug", "ref_input_unit",
          "ref_drug_input_unit", "ref_drug_alias", "ref_drug_class");

  private ReferenceSync() {}

  static void sync(Connection connection, ReferenceData reference, Dialect dialect) throws SQLException {
    if (reference.fingerprint().equals(storedFingerprint(connection))) {
      return;
    }
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      dialect.lockReferenceSync(connection);
      // Another process may have synced while this one waited for the lock.
      if (!reference.fingerprint().equals(storedFingerprint(connection))) {
        try (Statement statement = connection.createStatement()) {
          for (String table : TABLES) {
            statement.execute("DELETE FROM " + table);
          }
        }
        insertAll(connection, reference);
      }
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private static String storedFingerprint(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT max(fingerprint) FROM ref_meta")) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static void insertAll(Connection connection, ReferenceData reference) throws SQLException {
    try (PreparedStatement meta = connection.prepareStatement("INSERT INTO ref_meta VALUES (?)")) {
      meta.setString(1, reference.fingerprint());
      meta.executeUpdate();
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ref_region VALUES (?, ?, ?)")) {
      int order = 0;
      for (Region region : reference.regions()) {
        insert.setString(1, region.name());
        insert.setString(2, region.slug());
        insert.setInt(3, ++order);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO ref_agency VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      int order = 0;
      for (Agency agency : reference.agencies().all()) {
        insert.setString(1, agency.code());
        insert.setString(2, agency.shortName());
        insert.setString(3, agency.fullName());
        setOptional(insert, 4, agency.region());
        insert.setString(5, agency.type().label());
        insert.setString(6, agency.areaName());
        insert.setInt(7, ++order);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ref_agency_name VALUES (?, ?)")) {
      for (Map.Entry<String, String> name : reference.agencies().namesToCodes().entrySet()) {
        insert.setString(1, name.getKey());
        insert.setString(2, name.getValue());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement drugs = connection.prepareStatement("INSERT INTO ref_drug VALUES (?, ?, ?, ?)");
        PreparedStatement units = connection.prepareStatement("INSERT INTO ref_drug_input_unit VALUES (?, ?)")) {
      for (Drug drug : reference.drugs().drugs()) {
        drugs.setString(1, drug.name());
        setOptional(drugs, 2, drug.unit().map(u -> u.label()));
        setOptional(drugs, 3, drug.group());
        drugs.setInt(4, drug.displayOrder());
        drugs.addBatch();
        for (String unit : drug.inputUnits()) {
          units.setString(1, drug.name());
          units.setString(2, unit);
          units.addBatch();
        }
      }
      drugs.executeBatch();
      units.executeBatch();
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ref_input_unit VALUES (?, ?, ?)")) {
      for (InputUnit unit : reference.drugs().inputUnits()) {
        insert.setString(1, unit.name());
        insert.setString(2, unit.unit().label());
        insert.setBigDecimal(3, unit.factor());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ref_drug_alias VALUES (?, ?, ?, ?)")) {
      for (DrugAlias alias : reference.drugs().aliases()) {
        insert.setString(1, alias.alias().toLowerCase(Locale.ROOT));
        insert.setString(2, alias.drug());
        setDate(insert, 3, alias.validFrom());
        setDate(insert, 4, alias.validTo());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ref_drug_class VALUES (?, ?, ?, ?)")) {
      for (DrugClassPeriod period : reference.drugs().classPeriods()) {
        insert.setString(1, period.drug());
        insert.setString(2, period.drugClass().label());
        setDate(insert, 3, period.validFrom());
        setDate(insert, 4, period.validTo());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void setOptional(PreparedStatement statement, int index, Optional<String> value)
      throws SQLException {
    if (value.isPresent()) {
      statement.setString(index, value.get());
    } else {
      statement.setNull(index, Types.VARCHAR);
    }
  }

  private static void setDate(PreparedStatement statement, int index, Optional<LocalDate> value)
      throws SQLException {
    if (value.isPresent()) {
      statement.setDate(index, Date.valueOf(value.get()));
    } else {
      statement.setNull(index, Types.DATE);
    }
  }
}
