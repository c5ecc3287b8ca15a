package haul.story;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoryScratch {
  @Test
  void print() {
    Story story = new StoryWriter().write(TestRelease.seed().note("thames-valley", "Thames Valley Police changed how it records seizures during the year.").build(), "thames-valley",
        Optional.of(QuoteBank.read(haul.testing.SharedData.path("seed-quotes.json"))), 1);
    System.out.println(StoryText.toMarkdown(story));
    System.out.println(StoryText.toJson(story));
    for (String code : new String[] {"border-force", "british-transport-police"}) {
      System.out.println(StoryText.toMarkdown(new StoryWriter().write(TestRelease.seed().build(), code, Optional.empty(), 1)));
    }
  }
}
