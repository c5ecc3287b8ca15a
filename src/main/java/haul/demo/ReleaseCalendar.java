package haul.demo;

import haul.reference.FinancialYear;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * When each edition of the demo's years was published ({@code releases.csv}, times in
 * Europe/London). Outputs take their dates from here, never from the clock.
 */
public record ReleaseCalendar(List<ScheduledRelease> releases) {

  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  public ReleaseCalendar {
    releases = List.copyOf(releases);
  }

  public static ReleaseCalendar bundled() {
    return new ReleaseCalendar(
        DemoTable.load("releases.csv").stream()
            .map(
                r ->
                    new ScheduledRelease(
                        FinancialYear.parse(r.getField("financial_year")),
                        Integer.parseInt(r.getField("edition")),
                        LocalDateTime.parse(r.getField("published_at")).atZone(LONDON),
                        FigureStatus.fromLabel(r.getField("status")),
                        r.getField("note")))
            .toList());
  }

  public Optional<ScheduledRelease> edition(FinancialYear year, int edition) {
    return releases.stream().filter(r -> r.year().equals(year) && r.edition() == edition).findFirst();
  }

  /** The first edition of a year: when its figures first came out (2021/22: 20 April 2023 09:30). */
  public ScheduledRelease firstEdition(FinancialYear year) {
    return edition(year, 1).orElseThrow(() -> new IllegalArgumentException("no release of " + year + " in the calendar"));
  }
}
