package haul.publish;

import haul.reference.Unit;
import haul.stats.Area;
import haul.stats.AreaYear;
import haul.stats.DrugFigures;
import haul.stats.Quantity;
import haul.stats.RegionShare;
import haul.stats.Release;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * The release's charts (DESIGN.md "Formats at the edges"): seizures in England and Wales over the
 * years held, quantities of the main drugs over the years, and seizures by region in the year
 * published. Titled, with labelled axes, and readable in grey: series differ by dash pattern and
 * marker shape, never by colour alone. Figures come from the same releases as the tables.
 */
public final class ReleaseCharts {

  private static final int WIDTH = 800;
  private static final int HEIGHT = 500;
  /** How many kg drugs the quantities chart shows: the largest in the year published. */
  private static final int MAIN_DRUGS = 4;
  private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
  private static final Color[] GREYS = {
    Color.BLACK, new Color(0x50, 0x50, 0x50), new Color(0x80, 0x80, 0x80), new Color(0x30, 0x30, 0x30)
  };
  private static final float[][] DASHES = {null, {8f, 4f}, {2f, 3f}, {12f, 4f, 2f, 4f}};

  private final List<Release> releases;

  /** @param releases one per year held, oldest first; the last is the year published */
  public ReleaseCharts(List<Release> releases) {
    this.releases = List.copyOf(releases);
  }

  public List<ChartFile> all() {
    return List.of(
        draw("seizures-over-time", seizuresOverTime()),
        draw("quantities-over-time", quantitiesOverTime()),
        draw("seizures-by-region", seizuresByRegion()));
  }

  private Release published() {
    return releases.get(releases.size() - 1);
  }

  private JFreeChart seizuresOverTime() {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Release release : releases) {
      AreaYear england = release.current(Area.ENGLAND_AND_WALES.code()).orElseThrow();
      data.addValue(england.seizures().isAvailable() ? england.seizures().get() : null,
          "England and Wales", release.year().label());
    }
    return lineChart("Drug seizures, England and Wales", "Seizures (number)", data);
  }

  private JFreeChart quantitiesOverTime() {
    AreaYear latest = published().current(Area.ENGLAND_AND_WALES.code()).orElseThrow();
    List<String> main = latest.drugs().stream()
        .filter(d -> d.quantity().map(q -> q.unit() == Unit.KG && q.isAvailable()).orElse(false))
        .sorted(Comparator.comparing((DrugFigures d) -> d.quantity().get().value().get()).reversed()
            .thenComparing(DrugFigures::drug))
        .limit(MAIN_DRUGS)
        .map(DrugFigures::drug)
        .toList();
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (String drug : main) {
      for (Release release : releases) {
        AreaYear england = release.current(Area.ENGLAND_AND_WALES.code()).orElseThrow();
        BigDecimal kg = england.drug(drug).flatMap(DrugFigures::quantity).flatMap(Quantity::value).orElse(null);
        data.addValue(kg == null ? null : new BigDecimal(OutputFormat.quantity(kg)), drug, release.year().label());
      }
    }
    return lineChart("Quantities of the main drugs seized, England and Wales",
        "Quantity (kg)", data);
  }

  private JFreeChart seizuresByRegion() {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (RegionShare share : published().shares()) {
      data.addValue(share.seizures().isAvailable() ? share.seizures().get() : null, "Seizures",
          share.region().name());
    }
    JFreeChart chart = org.jfree.chart.ChartFactory.createBarChart(
        "Drug seizures by region, year ending March " + published().year().endYear(), "Region", "Seizures (number)", data,
        PlotOrientation.HORIZONTAL, false, false, false);
    CategoryPlot plot = style(chart);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setSeriesPaint(0, GREYS[1]);
    return chart;
  }

  private static JFreeChart lineChart(String title, String valueLabel, DefaultCategoryDataset data) {
    JFreeChart chart = org.jfree.chart.ChartFactory.createLineChart(
        title, "Financial year", valueLabel, data, PlotOrientation.VERTICAL, data.getRowCount() > 1, false, false);
    CategoryPlot plot = style(chart);
    plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
    renderer.setDefaultShapesVisible(true);
    for (int series = 0; series < data.getRowCount(); series++) {
      int look = series % GREYS.length;
      renderer.setSeriesPaint(series, GREYS[look]);
      renderer.setSeriesStroke(series, new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
          DASHES[look], 0f));
    }
    return chart;
  }

  private static CategoryPlot style(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setTitle(new TextTitle(chart.getTitle().getText(), FONT.deriveFont(Font.BOLD, 18f)));
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xBB, 0xBB, 0xBB));
    plot.setOutlineVisible(false);
    plot.getDomainAxis().setLabelFont(FONT);
    plot.getDomainAxis().setTickLabelFont(FONT.deriveFont(12f));
    NumberAxis range = (NumberAxis) plot.getRangeAxis();
    range.setLabelFont(FONT);
    range.setTickLabelFont(FONT.deriveFont(12f));
    range.setNumberFormatOverride(new java.text.DecimalFormat("#,##0"));
    if (chart.getLegend() != null) {
      chart.getLegend().setItemFont(FONT);
    }
    return plot;
  }

  private static ChartFile draw(String name, JFreeChart chart) {
    SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
    svg.setDefsKeyPrefix(name);
    chart.draw(svg, new Rectangle(0, 0, WIDTH, HEIGHT));
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(png, chart, WIDTH, HEIGHT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ChartFile(name, svg.getSVGDocument().getBytes(StandardCharsets.UTF_8), png.toByteArray());
  }
}
