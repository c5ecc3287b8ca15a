package haul.story.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Wording flags: "less" with a count, and a financial year called a calendar year. */
class WordingRulesTest {

  private static List<String> flagged(String text) {
    return StoryText.read(text).paragraphs().stream()
        .flatMap(p -> WordingRules.check(p, SeedRelease.YEAR).stream())
        .map(f -> f.span().text() + " -> " + f.rightValue().orElseThrow())
        .toList();
  }

  @Test
  void lessWithACountIsFlagged() {
    assertThat(flagged("The force seized less drugs and made less seizures."))
        .containsExactly("less drugs -> fewer drugs", "less seizures -> fewer seizures");
  }

  @Test
  void lessThanANumberOfThingsIsFlagged() {
    assertThat(flagged("It made less than 500 seizures.")).containsExactly("less than 500 seizures -> fewer than 500 seizures");
  }

  @Test
  void lessWithAMassIsRight() {
    assertThat(flagged("It seized less cocaine, less than 5kg of drugs in all.")).isEmpty();
  }

  @Test
  void lessInsideAQuotationIsTheSpeakers() {
    assertThat(flagged("He said: \"We seized less drugs.\"")).isEmpty();
  }

  @Test
  void aYearOfTheReleaseWrittenAsACalendarYearIsFlagged() {
    assertThat(flagged("Seizures fell from 1,608 in 2021 to 679 in 2022."))
        .containsExactly("in 2021 -> in the year to March 2021", "in 2022 -> in the year to March 2022");
  }

  @Test
  void financialYearsAndOtherYearsAreNotFlagged() {
    assertThat(flagged("In the year to March 2021, in 2021/22 and in 2021-22; the law changed in 2016.")).isEmpty();
  }
}
