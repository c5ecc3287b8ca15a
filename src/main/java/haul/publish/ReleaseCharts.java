package haul.publish;

import haul.reference.ReferenceData;
import haul.reference.Unit;
import haul.story.TotalNames;
import haul.stats.Area;
import haul.stats.AreaYear;
import haul.stats.Comparison;
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
 * published. Each title states the finding and the period, each chart has a source line, axis titles
 * with units, and an SVG {@code <title>} and {@code <desc>}; quantities of drugs on different scales
 * are small multiples, each on its own axis; regions are in the tables' order. Readable in grey:
 * series differ by dash pattern and marker shape, never by colour alone.
 */
public final class ReleaseCharts {

  private static final int WIDTH = 800;
  private static final int HEIGHT = 500;
  /** Taller, so each drug's own axis has room for its title. */
  private static final int QUANTITIES_HEIGHT = 820;
  /** How many kg drugs the quantities chart shows: the largest in the year published. */
  private static final int MAIN_DRUGS = 4;
  private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
  private static final Color[] GREYS = {
    Color.BLACK, new Color(0x50, 0x50, 0x50), new Color(0x80, 0x80, 0x80), new Color(0x30, 0x30, 0x30)
  };
  private static final float[][] DASHES = {null, {8f, 4f}, {2f, 3f}, {12f, 4f, 2f, 4f}};

  private static final TotalNames NAMES = TotalNames.bundled();

  private final List<Release> releases;
  private final String source;
  private final ReferenceData reference;

  /** @param releases one per year held, oldest first; the last is the year published */
  public ReleaseCharts(List<Release> releases) {
    this(releases, java.util.Optional.empty(), ReferenceData.bundled());
  }

  /**
   * @param source the release's source line, printed under every chart ("Source: Home Office, ..."):
   *     from its metadata; without one, the charts say where their figures are
   * @param reference the agencies, whose names say which agencies totals lack
   */
  public ReleaseCharts(List<Release> releases, java.util.Optional<String> source, ReferenceData reference) {
    this.releases = List.copyOf(releases);
    this.source = source.orElse("Source: the published tables of this release");
    this.reference = reference;
  }

  /**
   * Whether England and Wales's total lacks agencies in some year the charts show: then it is named as
   * the seizures in these tables, as the stories and the bulletin name it ({@link TotalNames}).
   */
  private boolean partial() {
    return releases.stream().anyMatch(r -> r.comparison(Area.ENGLAND_AND_WALES).map(c -> !c.complete()).orElse(false));
  }

  /** The published year's national comparison, when its total lacks agencies and a like-for-like change exists. */
  private java.util.Optional<Comparison> likeForLike() {
    return published().comparison(Area.ENGLAND_AND_WALES).filter(Comparison::lacksAgencies)
        .filter(c -> c.likeForLike().change().isPresent());
  }

  private static String period(List<Release> releases) {
    int first = releases.get(0).year().endYear();
    int last = releases.get(releases.size() - 1).year().endYear();
    return first == last ? "year ending March " + last : "years ending March " + first + " to March " + last;
  }

  public List<ChartFile> all() {
    String year = "the year ending March " + published().year().endYear();
    return List.of(
        draw("seizures-over-time", seizuresOverTime(), HEIGHT,
            "Line chart of the number of drug seizures " + NAMES.where(partial()) + " in each financial year, "
                + period(releases) + "."),
        draw("quantities-over-time", quantitiesOverTime(), QUANTITIES_HEIGHT,
            "Small multiples: one line chart for each of the drugs seized in the largest amounts by weight in " + year
                + ", each on its own scale in kg, by financial year."),
        draw("seizures-by-region", seizuresByRegion(), HEIGHT,
            "Bar chart of the number of drug seizures in each region in " + year
                + "; Border Force and British Transport Police are in no region and are not shown."));
  }

  /** A finding for a title: "rose", "fell" or "was unchanged", from the last two years. */
  private String direction(Long before, Long now) {
    if (before == null || now == null) {
      return "are shown";
    }
    int cmp = Long.compare(now, before);
    return cmp > 0 ? "rose" : cmp < 0 ? "fell" : "were unchanged";
  }

  private Release published() {
    return releases.get(releases.size() - 1);
  }

  private JFreeChart seizuresOverTime() {
    boolean partial = partial();
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Release release : releases) {
      AreaYear england = release.current(Area.ENGLAND_AND_WALES.code()).orElseThrow();
      data.addValue(england.seizures().isAvailable() ? england.seizures().get() : null,
          partial ? "Seizures " + NAMES.where(true) : "England and Wales", release.year().label());
    }
    Long now = null;
    Long before = null;
    if (releases.size() > 1) {
      AreaYear last = published().current(Area.ENGLAND_AND_WALES.code()).orElseThrow();
      AreaYear previous = releases.get(releases.size() - 2).current(Area.ENGLAND_AND_WALES.code()).orElseThrow();
      now = last.seizures().isAvailable() ? last.seizures().get() : null;
      before = previous.seizures().isAvailable() ? previous.seizures().get() : null;
    }
    String when = " in the year ending March " + published().year().endYear();
    java.util.Optional<Comparison> like = likeForLike();
    String title;
    if (like.isPresent()) { // the finding is the like-for-like change, named for the agencies it is over
      Comparison c = like.get();
      TotalNames.Compared over = NAMES.compared(c, NAMES.countedAs(c.area()).flatMap(code -> published().comparisons().stream()
          .filter(t -> t.area().code().equals(code) && t.area().type() != haul.stats.AreaType.AGENCY).findFirst()));
      title = NAMES.across(over) + "drug seizures " + direction(c.likeForLike().previous().get(), c.likeForLike().current().get()) + when;
    } else {
      title = "Drug seizures " + NAMES.where(partial) + " " + direction(before, now) + when;
    }
    JFreeChart chart = finish(lineChart(title, "Seizures (number)", data), period(releases));
    if (partial) {
      chart.addSubtitle(new TextTitle(coverageLine(), FONT.deriveFont(12f)));
    }
    return chart;
  }

  /**
   * Under a chart of totals that lack agencies: what each year's figure is and which agencies the
   * published year's comparison lacks, in the stories' sentences ("The Welsh forces are missing from
   * these tables. ...").
   */
  private String coverageLine() {
    java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
    java.util.Map<String, String> regions = new java.util.LinkedHashMap<>();
    reference.agencies().all().forEach(a -> {
      names.put(a.code(), a.fullName());
      a.region().ifPresent(r -> regions.put(a.code(), r));
    });
    String missing = published().comparison(Area.ENGLAND_AND_WALES)
        .map(c -> NAMES.missing(c, published().year(), names, regions)).orElse("");
    return ("Each year's figure is the sum of the agencies with figures in these tables. " + missing).trim();
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
    org.jfree.chart.axis.CategoryAxis years = new org.jfree.chart.axis.CategoryAxis("Financial year");
    org.jfree.chart.plot.CombinedDomainCategoryPlot plot = new org.jfree.chart.plot.CombinedDomainCategoryPlot(years);
    plot.setGap(18);
    int look = 0;
    for (String drug : main) {
      DefaultCategoryDataset data = new DefaultCategoryDataset();
      for (Release release : releases) {
        AreaYear england = release.current(Area.ENGLAND_AND_WALES.code()).orElseThrow();
        BigDecimal kg = england.drug(drug).flatMap(DrugFigures::quantity).flatMap(Quantity::value).orElse(null);
        data.addValue(kg == null ? null : new BigDecimal(OutputFormat.quantity(kg)), drug, release.year().label());
      }
      NumberAxis axis = new NumberAxis(drug + " (kg)");
      axis.setLabelFont(FONT.deriveFont(12f));
      axis.setTickLabelFont(FONT.deriveFont(11f));
      axis.setNumberFormatOverride(new java.text.DecimalFormat("#,##0"));
      LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
      renderer.setSeriesPaint(0, GREYS[look % GREYS.length]);
      renderer.setSeriesStroke(0, new BasicStroke(2.5f));
      CategoryPlot subplot = new CategoryPlot(data, null, axis, renderer);
      subplot.setBackgroundPaint(Color.WHITE);
      subplot.setRangeGridlinePaint(new Color(0xBB, 0xBB, 0xBB));
      subplot.setOutlineVisible(false);
      plot.add(subplot);
      look++;
    }
    years.setLabelFont(FONT);
    years.setTickLabelFont(FONT.deriveFont(12f));
    JFreeChart chart = new JFreeChart("Quantities of the drugs seized in the largest amounts"
        + (partial() ? " " + NAMES.where(true) : ", " + NAMES.complete(Area.ENGLAND_AND_WALES)) + ", " + period(releases), FONT.deriveFont(Font.BOLD, 16f), plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    return finish(chart, period(releases));
  }

  private JFreeChart seizuresByRegion() {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<RegionShare> shares = new java.util.ArrayList<>(published().shares());
    shares.sort(Comparator.comparing((RegionShare s) -> s.region().name())); // the tables' order, in every chart and page
    RegionShare most = shares.stream().filter(s -> s.seizures().isAvailable())
        .max(Comparator.comparingLong(s -> s.seizures().get())).orElse(null);
    for (RegionShare share : shares) {
      data.addValue(share.seizures().isAvailable() ? share.seizures().get() : null, "Seizures",
          share.region().name());
    }
    JFreeChart chart = org.jfree.chart.ChartFactory.createBarChart(
        (most == null ? "Drug seizures by region" : KeyFindings.regionName(most.region()).replaceFirst("^the", "The")
            + " made the most drug seizures of any region") + " in the year ending March " + published().year().endYear(),
        "Region", "Seizures (number)", data,
        PlotOrientation.HORIZONTAL, false, false, false);
    CategoryPlot plot = style(chart);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setSeriesPaint(0, GREYS[1]);
    chart.addSubtitle(new TextTitle("Border Force and British Transport Police are in no region and are not shown.",
        FONT.deriveFont(12f)));
    plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
    return finish(chart, "year ending March " + published().year().endYear());
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

  /** Adds the source line under the chart. */
  private JFreeChart finish(JFreeChart chart, String period) {
    TextTitle line = new TextTitle(source + ", " + period + ".", FONT.deriveFont(12f));
    line.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
    line.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
    chart.addSubtitle(line);
    return chart;
  }

  private static ChartFile draw(String name, JFreeChart chart, int height, String description) {
    SVGGraphics2D svg = new SVGGraphics2D(WIDTH, height);
    svg.setDefsKeyPrefix(name);
    // axis titles as text, not glyph outlines, so they can be read and searched
    svg.setRenderingHint(org.jfree.svg.SVGHints.KEY_DRAW_STRING_TYPE, org.jfree.svg.SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
    chart.draw(svg, new Rectangle(0, 0, WIDTH, height));
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(png, chart, WIDTH, height);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ChartFile(name, titled(svg.getSVGDocument(), chart.getTitle().getText(), description)
        .getBytes(StandardCharsets.UTF_8), png.toByteArray());
  }

  /**
   * The SVG with its {@code <title>} and {@code <desc>} first, as screen readers read them, and role
   * img, a {@code viewBox} of its width and height (so it scales, as the bulletin's phone layout
   * needs); without JFreeSVG's own namespace declaration, which nothing in the document uses and which
   * HTML does not allow on an inline {@code <svg>} (the bulletin inlines these).
   */
  static String titled(String svg, String title, String description) {
    int open = svg.indexOf("<svg");
    int end = svg.indexOf('>', open);
    String tag = svg.substring(open, end).replaceFirst("<svg", "<svg role=\"img\"")
        .replace(" xmlns:jfreesvg='http://www.jfree.org/jfreesvg/svg'", "");
    java.util.regex.Matcher size = java.util.regex.Pattern.compile("width='([\\d.]+)' height='([\\d.]+)'").matcher(tag);
    if (!tag.contains("viewBox") && size.find()) { // so a page may scale the chart down to a phone's width
      tag = tag + " viewBox=\"0 0 " + size.group(1) + " " + size.group(2) + "\"";
    }
    return svg.substring(0, open) + tag + ">"
        + "<title>" + xml(title) + "</title><desc>" + xml(description) + "</desc>" + svg.substring(end + 1);
  }

  private static String xml(String text) {
    gg.jte.output.StringOutput out = new gg.jte.output.StringOutput();
    gg.jte.html.escape.Escape.htmlContent(text, out);
    return out.toString();
  }
}
