package haul.server;

import java.util.List;
import java.util.Optional;

/**
 * What the dashboard templates show: plain values taken from the published tables and stories of
 * one edition. The templates escape every string they print, so names and quotes from data show as
 * text.
 */
public final class PageModels {

  private PageModels() {}

  /** A link, by its visible text. */
  public record Link(String text, String href) {}

  /** A row of a chart's data table: its label and one figure per series. */
  public record ChartRow(String label, Optional<String> href, List<String> values) {}

  /**
   * A chart and its data as an accessible table; the script draws the chart from the table.
   *
   * @param kind {@code line} or {@code bar}
   */
  public record Chart(String id, String kind, String caption, String labelHeader, List<String> seriesHeaders, List<ChartRow> rows) {

    /** The title of the value axis, with its unit: the chart draws the first series. */
    public String valueAxisTitle() {
      return "Number of seizures";
    }
  }

  /** A drug of an agency: seizures both years, and this year's quantity in its unit. */
  public record DrugRow(String drug, String previousSeizures, String seizures, String quantity, String unit) {}

  /** The story sidecar's text, as the agency page shows it. */
  public record Story(String headline, List<String> body, String htmlHref, String jsonHref) {}

  public record Home(
      String yearLabel,
      String previousYearLabel,
      Optional<String> bulletinHref,
      String yearProse,
      int edition,
      String seizures,
      String previousSeizures,
      String change,
      String percentChange,
      Optional<String> coverage,
      Chart overYears,
      Chart regionalShares,
      List<ChartRow> agencies,
      Footer footer) {}

  public record AgencyPage(
      String name,
      String fullName,
      Optional<Link> region,
      String yearLabel,
      String previousYearLabel,
      String yearProse,
      String seizures,
      String previousSeizures,
      String change,
      String percentChange,
      List<String> remarks,
      Chart chart,
      List<DrugRow> drugs,
      Optional<Story> story,
      Footer footer) {}

  public record RegionPage(
      String name, String yearLabel, String previousYearLabel, Chart overYears, List<ChartRow> forces, Footer footer) {}

  public record Downloads(List<DownloadSet> sets, Footer footer) {}

  /** What the footer says of the latest release: its source line, contact and licence, from its metadata. */
  public record Footer(Optional<String> source, Optional<String> contact, Optional<String> licence) {
    public static final Footer NONE = new Footer(Optional.empty(), Optional.empty(), Optional.empty());
  }

  public record DownloadSet(String yearLabel, int edition, String status, List<Link> tables, List<Link> workbooks, List<Link> charts, List<Link> stories) {}
}
