package haul.server;

import static org.assertj.core.api.Assertions.assertThat;

import haul.store.NotesRepository;
import haul.store.StoredNote;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard over the demo's real edition files: the bulletin linked and served, the footer from the metadata. */
class DashboardReleaseTest {

  @TempDir Path dir;

  @Test
  void theHomePageLinksTheBulletinAndEveryPageCarriesTheReleasesSourceContactAndLicence() throws Exception {
    try (TestServer running = DemoEdition.server(dir).start()) {
      String home = running.get("/").body();
      assertThat(home).contains("href=\"/api/releases/2021-22/files/bulletin.html\"");
      assertThat(home).as("every agency of the demo has figures in every year: the totals are England and Wales's")
          .contains("Data for the chart: Seizures in England and Wales, by financial year",
              "<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Share of England and Wales (%)</th>")
          .doesNotContain("in these tables", "id=\"headline-coverage\"");
      assertThat(running.get("/regions/london").body()).contains("Share of England and Wales (%)");
      assertThat(running.get("/api/releases/2021-22/files/charts/seizures-over-time.svg").body())
          .contains("<title>Drug seizures in England and Wales fell in the year ending March 2022</title>").doesNotContain("these tables");
      for (String path : new String[] {"/", "/agencies/kent", "/regions/london", "/downloads"}) {
        assertThat(running.get(path).body()).as(path).contains(
            "Source: haul demo data, calibrated to published Home Office figures.",
            "href=\"mailto:haul-demo@example.org\"", "Licence: Open Government Licence v3.0");
      }
      HttpResponse<String> bulletin = running.get("/api/releases/2021-22/files/bulletin.html");
      assertThat(bulletin.statusCode()).isEqualTo(200);
      assertThat(bulletin.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
      assertThat(bulletin.body()).contains("Key findings");
      assertThat(running.get("/downloads").body()).contains("The statistical bulletin (HTML page, ");
    }
  }

  /**
   * A release from the published tables alone (no Welsh forces; 2014/15 without Bedfordshire and
   * Hampshire): the charts' titles and the tables' headers name the totals as the seizures in these
   * tables, and the headline change counts and names the agencies as the bulletin and the stories do.
   */
  @Test
  void aReleaseFromThePublishedTablesNamesItsTotalsAsTheBulletinAndTheStoriesDo() throws Exception {
    String share = "<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Share of the seizures in these tables (%)</th>";
    try (TestServer running = TablesEdition.server(dir).start()) {
      String home = running.get("/").body();
      assertThat(home).contains("<figcaption class=\"govuk-heading-s\">Seizures in these tables, by financial year</figcaption>",
          "Data for the chart: Seizures in these tables, by financial year", share)
          .doesNotContain("Seizures in England and Wales", "Share of England and Wales");
      assertThat(running.get("/regions/south-east").body()).contains(share).doesNotContain("Share of England and Wales");

      String bulletin = haul.publish.Bulletins.markdown(Json.MAPPER.readTree(running.get("/api/releases/2015-16/files/bulletin.json").body()));
      java.util.regex.Matcher across = java.util.regex.Pattern.compile("Across (the \\d+ police forces and Border Force) with figures in both years")
          .matcher(bulletin);
      assertThat(across.find()).as("the bulletin's like-for-like change").isTrue();
      List<String> paragraphs = new java.util.ArrayList<>();
      Json.MAPPER.readTree(running.get("/api/releases/2015-16/files/stories/kent.json").body()).get("body")
          .forEach(p -> paragraphs.add(p.asText()));
      String story = String.join(" ", paragraphs);
      String missing = "The Welsh forces are missing from these tables. Bedfordshire Police and Hampshire Constabulary have no figures"
          + " for the year to March 2015, so they are left out of the comparison.";
      assertThat(story).as("Kent's story").contains(missing);
      int at = home.indexOf("id=\"headline-coverage\">");
      String coverage = home.substring(at, home.indexOf("</p>", at));
      assertThat(coverage).contains("These figures are of " + across.group(1) + " with figures in both years. " + missing)
          .doesNotContain("agencies with figures in both years");

      for (String chart : List.of("seizures-over-time", "quantities-over-time", "seizures-by-region")) {
        assertThat(running.get("/api/releases/2015-16/files/charts/" + chart + ".svg").body()).as(chart)
            .doesNotContain("England and Wales");
      }
      assertThat(running.get("/api/releases/2015-16/files/charts/seizures-over-time.svg").body()).contains(
          "<title>" + across.group(0) + ", drug seizures fell in the year ending March 2016</title>",
          "<desc>Line chart of the number of drug seizures in these tables in each financial year, years ending March 2010 to March 2016.</desc>",
          "Each year&apos;s figure is the sum of the agencies with figures in these tables. The Welsh forces are missing from these tables.");
      assertThat(running.get("/api/releases/2015-16/files/charts/quantities-over-time.svg").body()).contains(
          "<title>Quantities of the drugs seized in the largest amounts in these tables, years ending March 2010 to March 2016</title>");
    }
  }

  @Test
  void theDataQualityBoxQuotesTheTextOfTheAgencysNotes() {
    TestServer test = DemoEdition.server(dir);
    new NotesRepository(test.store).addAll(List.of(
        new StoredNote(2022, Optional.of("thames-valley"), "Thames Valley Police has reported very low numbers & more."),
        new StoredNote(2022, Optional.empty(), "Imputation was used for about 7% of seizures.")), TestServer.NOW);
    try (TestServer running = test.start()) {
      String html = running.get("/agencies/thames-valley").body();
      String box = html.substring(html.indexOf("id=\"remarks\""), html.indexOf("</div>", html.indexOf("id=\"remarks\"")));
      assertThat(box).contains("<li>2021/22: \u201cThames Valley Police has reported very low numbers &amp; more.\u201d</li>")
          .as("the store holds no note of 2020/21 on it, so the marker's meaning stands")
          .contains("<li>2020/21: a data-quality note applies (see the notes of the release)</li>")
          .as("a note on the whole release is not the agency's").doesNotContain("Imputation");
    }
  }
}
