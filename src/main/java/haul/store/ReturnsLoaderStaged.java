package haul.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The first stage's result: every file's raw fields in the staging table. Next, {@link #resolve}
 * them against the reference tables.
 */
public final class ReturnsLoaderStaged {

  private final Store store;
  private final List<ReturnsLoader.FileToStage> files;

  ReturnsLoaderStaged(Store store, List<ReturnsLoader.FileToStage> files) {
    this.store = store;
    this.files = List.copyOf(files);
  }

  /**
   * What the rules measure against.
   *
   * @param today dates after it are in the future
   * @param seriesStart dates before it are out of the series, described as {@code seriesStartText}
   * @param onlyAgency when present, rows of any other agency are a problem
   */
  public record Settings(LocalDate today, LocalDate seriesStart, String seriesStartText, Optional<String> onlyAgency) {
    public Settings {
      Objects.requireNonNull(today, "today");
      Objects.requireNonNull(seriesStart, "seriesStart");
      Objects.requireNonNull(seriesStartText, "seriesStartText");
      Objects.requireNonNull(onlyAgency, "onlyAgency");
    }
  }

  /**
   * Resolves every staged row against the reference tables (agency, drug and its class on the
   * date, units) and flags the rows that break one of {@code rowRules}: a spelling is resolved
   * once, however often the return repeats it.
   */
  public ReturnsLoaderResolved resolve(Settings settings, List<ReturnsLoader.Rule> rowRules) {
    Dialect dialect = store.dialect();
    store.run(c -> {
      try (Statement s = c.createStatement()) {
        ReturnsLoader.replaceTemp(s, "return_settings",
            "(today DATE, only_agency VARCHAR, series_start DATE, series_start_text VARCHAR)");
      }
      try (PreparedStatement p = c.prepareStatement("INSERT INTO return_settings VALUES (?, ?, ?, ?)")) {
        p.setDate(1, Date.valueOf(settings.today()));
        p.setString(2, settings.onlyAgency().orElse(null));
        p.setDate(3, Date.valueOf(settings.seriesStart()));
        p.setString(4, settings.seriesStartText());
        p.execute();
      }
      dialect.analyze(c, "return_staging");
      try (Statement s = c.createStatement()) {
        ReturnsLoader.replaceTemp(s, "return_agency_spelling", ReturnsLoaderSql.agencySpellings());
        ReturnsLoader.replaceTemp(s, "return_line_spelling", ReturnsLoaderSql.lineSpellings(dialect));
        dialect.analyze(c, "return_agency_spelling");
        dialect.analyze(c, "return_line_spelling");
        ReturnsLoader.replaceTemp(s, "return_checked", ReturnsLoaderSql.checked(dialect, rowRules));
        dialect.analyze(c, "return_checked");
      }
      return null;
    });
    return new ReturnsLoaderResolved(store, files, rowRules);
  }
}
