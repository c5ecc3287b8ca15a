package haul.publish;

import haul.store.ReleaseMetadata;
import haul.story.Fact;
import java.util.List;
import java.util.Optional;

/**
 * The national release as a statistics bulletin: key findings, then sections of commentary, each
 * with its chart and the chart's data; every figure in the text is one of {@code facts}, verbatim.
 *
 * @param published when the edition is public, as the page prints it ("20 April 2023, 09:30")
 * @param links the release's other files, by name under the edition ({@code tables/x.csv})
 */
record Bulletin(
    String title,
    String year,
    int edition,
    String published,
    Optional<ReleaseMetadata> metadata,
    List<String> keyFindings,
    List<Section> sections,
    List<Fact> facts,
    List<Link> links) {

  /** A section: its heading, paragraphs, and perhaps a chart with its data table. */
  record Section(String id, String heading, List<String> paragraphs, List<String> bullets, Optional<Chart> chart) {}

  /** A chart inline: the SVG document, a text alternative and the figures it draws. */
  record Chart(String name, String svg, String alternative, List<String> headers, List<List<String>> rows) {}

  record Link(String text, String href) {}
}
