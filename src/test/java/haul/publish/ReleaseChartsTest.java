package haul.publish;

import static org.assertj.core.api.Assertions.assertThat;

import haul.testing.DemoFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The demo's charts as a statistician would publish them. */
class ReleaseChartsTest {

  private static String svg(String name) throws Exception {
    return Files.readString(DemoFixture.out().resolve("charts/" + name + ".svg"), StandardCharsets.UTF_8);
  }

  @Test
  void everyChartHasATitleStatingItsFindingAndPeriodADescriptionAndTheDemosSourceLine() throws Exception {
    assertThat(svg("seizures-over-time")).contains(
        "<title>Drug seizures in England and Wales fell in the year ending March 2022</title><desc>",
        "Source: haul demo data, calibrated to published Home Office figures, years ending March 2019 to March 2022.",
        "Financial year");
    assertThat(svg("seizures-by-region")).contains(
        "<title>London made the most drug seizures of any region in the year ending March 2022</title>",
        "Border Force and British Transport Police are in no region and are not shown.",
        "Source: haul demo data, calibrated to published Home Office figures, year ending March 2022.");
    for (String name : List.of("seizures-over-time", "quantities-over-time", "seizures-by-region")) {
      assertThat(svg(name)).as(name).doesNotContain("Source: Home Office").contains("<desc>", "role=\"img\"");
    }
  }

  /** (JFreeChart draws rotated axis titles as outlines, so the kg axes are counted by their tick labels' zero.) */
  @Test
  void quantitiesAreSmallMultiplesEachDrugOnItsOwnAxis() throws Exception {
    String svg = svg("quantities-over-time");
    assertThat(svg).contains("<desc>Small multiples: one line chart for each of the drugs seized in the largest amounts"
        + " by weight in the year ending March 2022, each on its own scale in kg, by financial year.</desc>");
    assertThat(Pattern.compile(">0</text>").matcher(svg).results().count()).as("one axis per drug").isEqualTo(4);
  }

  @Test
  void regionsAreInTheTablesOrderInTheChart() throws Exception {
    String svg = svg("seizures-by-region");
    Matcher label = Pattern.compile(">(East Midlands|East of England|London|North East|North West|South East|South West"
        + "|Wales|West Midlands|Yorkshire and The Humber)<").matcher(svg);
    List<String> order = new java.util.ArrayList<>();
    while (label.find()) {
      order.add(label.group(1));
    }
    assertThat(order).containsExactly("East Midlands", "East of England", "London", "North East", "North West",
        "South East", "South West", "Wales", "West Midlands", "Yorkshire and The Humber");
  }
}
