package haul.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Figures of published aggregate tables ({@code table_figure}) and their imports. A financial year
 * and measure is held from one table at a time, and a year never mixes tables with returns: the
 * caller decides (see {@code haul.ingest.tables.TableImporter}); this class only reads and writes.
 * Writes join the caller's {@link Store#atomically} transaction.
 */
public final class TablesRepository {

  /** A year's returns removed to make way for a table: how many seizures and drug lines went. */
  public record RemovedReturns(long seizures, long drugLines) {}

  private final Store store;

  public TablesRepository(Store store) {
    this.store = store;
  }

  /** The imports whose figures hold a year and measure now (at most one unless the store was edited by hand). */
  public List<TablesImport> holding(int financialYearEnd, String measure) {
    return store.run(connection -> {
      List<TablesImport> imports = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT import_id, file_name, content_sha256, rows_read, accepted, revised, coalesce(detail, '')"
              + " FROM import_log WHERE import_id IN (SELECT DISTINCT import_id FROM table_figure"
              + " WHERE financial_year_end = ? AND measure = ?) ORDER BY import_id")) {
        select.setInt(1, financialYearEnd);
        select.setString(2, measure);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            imports.add(importOf(rs));
          }
        }
      }
      return imports;
    });
  }

  /** Seizures (events) of record-level returns dated in the year. */
  public long returnsSeizures(int financialYearEnd) {
    return store.run(connection -> {
      try (PreparedStatement count =
          connection.prepareStatement("SELECT count(*) FROM seizure WHERE financial_year_end = ?")) {
        count.setInt(1, financialYearEnd);
        try (ResultSet rs = count.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    });
  }

  /** Deletes the figures of a year and measure; returns how many cells went. */
  public long deleteFigures(int financialYearEnd, String measure) {
    return store.run(connection -> {
      try (PreparedStatement delete = connection.prepareStatement(
          "DELETE FROM table_figure WHERE financial_year_end = ? AND measure = ?")) {
        delete.setInt(1, financialYearEnd);
        delete.setString(2, measure);
        return (long) delete.executeUpdate();
      }
    });
  }

  /** Deletes the year's returns: its seizures and their drug lines. */
  public RemovedReturns deleteReturns(int financialYearEnd) {
    return store.run(connection -> {
      long lines;
      try (PreparedStatement delete = connection.prepareStatement(
          "DELETE FROM drug_line WHERE EXISTS (SELECT 1 FROM seizure s WHERE s.financial_year_end = ?"
              + " AND s.agency_code = drug_line.agency_code AND s.seizure_id = drug_line.seizure_id)")) {
        delete.setInt(1, financialYearEnd);
        lines = delete.executeUpdate();
      }
      long seizures;
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM seizure WHERE financial_year_end = ?")) {
        delete.setInt(1, financialYearEnd);
        seizures = delete.executeUpdate();
      }
      return new RemovedReturns(seizures, lines);
    });
  }

  /** Records an import of kind {@code tables} in the import log; returns its id. */
  public long logImport(String fileName, String sha256, long rowsRead, long accepted, long revised, String detail, Instant at) {
    return store.run(connection -> {
      long id;
      try (PreparedStatement next = connection.prepareStatement("SELECT nextval('import_id_seq')");
          ResultSet rs = next.executeQuery()) {
        rs.next();
        id = rs.getLong(1);
      }
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO import_log (import_id, kind, file_name, content_sha256, imported_at, rows_read, accepted,"
              + " rejected, revised, detail) VALUES (?, 'tables', ?, ?, ?, ?, ?, 0, ?, ?)")) {
        insert.setLong(1, id);
        insert.setString(2, fileName);
        insert.setString(3, sha256);
        insert.setObject(4, at.atOffset(ZoneOffset.UTC).toLocalDateTime());
        insert.setLong(5, rowsRead);
        insert.setLong(6, accepted);
        insert.setLong(7, revised);
        insert.setString(8, detail);
        insert.executeUpdate();
      }
      return id;
    });
  }

  /** Stores cells under an import id, in one batch. */
  public void insert(long importId, List<TablesCell> cells) {
    store.run(connection -> {
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO table_figure (financial_year_end, agency_code, measure, item_kind, item, value, import_id)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        for (TablesCell cell : cells) {
          insert.setInt(1, cell.financialYearEnd());
          insert.setString(2, cell.agencyCode());
          insert.setString(3, cell.measure());
          insert.setString(4, cell.itemKind());
          insert.setString(5, cell.item());
          if (cell.value().isPresent()) {
            insert.setBigDecimal(6, cell.value().get());
          } else {
            insert.setNull(6, Types.DECIMAL);
          }
          insert.setLong(7, importId);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      return null;
    });
  }

  /**
   * The figures held for a year and measure, ordered by agency code, item kind and item (byte-wise),
   * so that two stores holding the same figures give the same list.
   */
  public List<TablesCell> figures(int financialYearEnd, String measure) {
    return store.run(connection -> {
      List<TablesCell> cells = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT financial_year_end, agency_code, measure, item_kind, item, value FROM table_figure"
              + " WHERE financial_year_end = ? AND measure = ?"
              + " ORDER BY agency_code COLLATE \"C\", item_kind COLLATE \"C\", item COLLATE \"C\"")) {
        select.setInt(1, financialYearEnd);
        select.setString(2, measure);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            BigDecimal value = rs.getBigDecimal(6);
            cells.add(new TablesCell(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), Optional.ofNullable(value)));
          }
        }
      }
      return cells;
    });
  }

  /** One figure, if the year and measure hold a cell for it; the inner value is empty when not available. */
  public Optional<Optional<BigDecimal>> figure(int financialYearEnd, String measure, String agencyCode, String itemKind, String item) {
    return store.run(connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT value FROM table_figure WHERE financial_year_end = ? AND measure = ? AND agency_code = ?"
              + " AND item_kind = ? AND item = ?")) {
        select.setInt(1, financialYearEnd);
        select.setString(2, measure);
        select.setString(3, agencyCode);
        select.setString(4, itemKind);
        select.setString(5, item);
        try (ResultSet rs = select.executeQuery()) {
          return rs.next() ? Optional.of(Optional.ofNullable(rs.getBigDecimal(1))) : Optional.empty();
        }
      }
    });
  }

  /** Every import of kind {@code tables}, oldest first. */
  public List<TablesImport> imports() {
    return store.run(connection -> {
      List<TablesImport> imports = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT import_id, file_name, content_sha256, rows_read, accepted, revised, coalesce(detail, '')"
              + " FROM import_log WHERE kind = 'tables' ORDER BY import_id")) {
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            imports.add(importOf(rs));
          }
        }
      }
      return imports;
    });
  }

  private static TablesImport importOf(ResultSet rs) throws java.sql.SQLException {
    return new TablesImport(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
        rs.getLong(6), rs.getString(7));
  }
}
