package haul.store;

import haul.reference.FinancialYear;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads published editions and their files back from the store, for {@code haul serve}. It only
 * reads: publishing writes them. Each call is one query; the server caches what it reads, since a
 * stored edition file never changes.
 */
public final class ServedEditions {

  private final Store store;

  public ServedEditions(Store store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** Every edition, by year then edition number. */
  public List<ServedEdition> all() {
    return store.run(
        c -> {
          List<ServedEdition> editions = new ArrayList<>();
          try (ResultSet rs =
              c.createStatement()
                  .executeQuery(
                      "SELECT financial_year_end, edition_number, created_at, public_at, data_fingerprint, withdrawn_at"
                          + " FROM edition"
                          + " ORDER BY financial_year_end, edition_number")) {
            while (rs.next()) {
              editions.add(
                  new ServedEdition(
                      new FinancialYear(rs.getInt(1)),
                      rs.getInt(2),
                      rs.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                      rs.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                      rs.getString(5),
                      Optional.ofNullable(rs.getObject(6, LocalDateTime.class)).map(t -> t.toInstant(ZoneOffset.UTC))));
            }
          }
          return editions;
        });
  }

  /** The names of an edition's files, sorted byte-wise. */
  public List<String> fileNames(FinancialYear year, int edition) {
    return store.run(
        c -> {
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT name FROM edition_file WHERE financial_year_end = ? AND edition_number = ?"
                      + " ORDER BY name COLLATE \"C\"")) {
            select.setInt(1, year.endYear());
            select.setInt(2, edition);
            List<String> names = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
              while (rs.next()) {
                names.add(rs.getString(1));
              }
            }
            return names;
          }
        });
  }

  /** One file of an edition, by its name relative to the publish folder. */
  public Optional<ServedFile> file(FinancialYear year, int edition, String name) {
    return store.run(
        c -> {
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT content, sha256 FROM edition_file"
                      + " WHERE financial_year_end = ? AND edition_number = ? AND name = ?")) {
            select.setInt(1, year.endYear());
            select.setInt(2, edition);
            select.setString(3, name);
            try (ResultSet rs = select.executeQuery()) {
              return rs.next() ? Optional.of(new ServedFile(name, rs.getBytes(1), rs.getString(2))) : Optional.<ServedFile>empty();
            }
          }
        });
  }
}
