package haul.story;

import static org.assertj.core.api.Assertions.assertThat;

import haul.reference.FinancialYear;
import haul.stats.ReleaseSeries;
import haul.stats.Statistics;
import haul.store.ReleaseMetadataRepository;
import haul.store.Store;
import haul.testing.DemoFixture;
import haul.testing.SharedData;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, "Variety, measured", on the demo's 2021/22 release with the seed's quote bank: at most
 * 20 per cent of the stories' own paragraphs have a shape that 41 or more of the 45 stories share,
 * and there are at least 10 headline shapes (12 asserted), none shared by a third of the stories. The
 * same data give the same stories.
 */
class StoryVarietyTest {

  /** The years the demo holds up to 2021/22: the stories are written from them, as haul publish writes them. */
  private static ReleaseSeries series;
  private static QuoteBank bank;
  private static StoryWriter writer;

  @BeforeAll
  static void readRelease() {
    try (Store store = Store.open(DemoFixture.store())) {
      Statistics statistics = new Statistics(store);
      series = statistics.series(statistics.yearsHeld().get(0), new FinancialYear(2022));
      writer = new StoryWriter().labelled(new ReleaseMetadataRepository(store).find(2022));
    }
    bank = QuoteBank.read(SharedData.path("seed-quotes.json"));
  }

  @Test
  void theStoriesOfTheDemoReleaseAreNotOneTemplate() {
    List<Story> stories = writer.writeAll(series, Optional.of(bank), 1);
    StoryVariety variety = StoryVariety.measure(stories, Optional.of(bank));

    assertThat(variety.paragraphs()).isGreaterThan(45 * 4);
    assertThat(variety.commonShare()).as("own paragraphs with a shape 41 or more stories share, per cent").isLessThanOrEqualTo(20.0);
    // The issue asks for 10; with each force's own trend and drug mix the demo gives 15, and 12
    // leaves room for two shapes to merge without letting the stories slide back to one template.
    assertThat(variety.headlineShapes()).isGreaterThanOrEqualTo(12);
    // no headline shape is shared by more than a third of the stories: 27 of the 45 read "Drug seizures by X fall N
    // per cent" before a count in line with the police's gave way and a contrasting haul took a clause
    assertThat(variety.mostSharedHeadline()).as("stories sharing the commonest headline shape").isLessThanOrEqualTo(stories.size() / 3);
  }

  @Test
  void aShapeHidesNumbersAndNamesButKeepsDrugs() {
    List<String> names = List.of("Thames Valley Police", "the Thames Valley", "South East");
    assertThat(StoryVariety.shape("In the Thames Valley, the force seized 0.2kg of cocaine, down 1,608 in the South East.", names))
        .isEqualTo("In @, the force seized #kg of cocaine, down # in the @.");
  }

  @Test
  void theSameDataGiveTheSameStories() {
    List<Story> first = writer.writeAll(series, Optional.of(bank), 1);
    List<Story> second = writer.writeAll(series, Optional.of(bank), 1);
    assertThat(second).isEqualTo(first);
  }
}
