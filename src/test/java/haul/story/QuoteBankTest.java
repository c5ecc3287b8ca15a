package haul.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import haul.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteBankTest {

  @Test
  void readsTheSeedBank() {
    QuoteBank bank = QuoteBank.read(SharedData.path("seed-quotes.json"));

    assertThat(bank.release()).contains("2021/22");
    assertThat(bank.quotes()).hasSize(2);
    QuoteBank.Quote eastwood = bank.quotes().get(0);
    assertThat(eastwood.speaker())
        .isEqualTo(
            new QuoteBank.Speaker(
                "Niamh Eastwood", Optional.of("executive director"), Optional.of("Release"),
                Optional.of("the national centre for drugs expertise")));
    assertThat(eastwood.paragraphs()).hasSize(3);
    assertThat(bank.reportedStatements()).hasSize(4);
    assertThat(bank.reportedStatements().get(3).speaker().role()).isEmpty();
    assertThat(bank.reportedStatements().get(3).text()).isEqualTo("said they were concentrating on more high quality seizures");
  }

  @Test
  void aQuoteWithoutParagraphsIsRefusedSayingWhere(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bank.json");
    Files.writeString(file, "{\"quotes\": [{\"speaker\": \"A Person\", \"paragraphs\": []}]}");

    assertThatThrownBy(() -> QuoteBank.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(file + ": quotes[1] (A Person): paragraphs: a quote needs at least one paragraph");
  }

  @Test
  void aFileThatIsNotJsonIsRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bank.json");
    Files.writeString(file, "speaker,text\n");

    assertThatThrownBy(() -> QuoteBank.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(file + ": not valid JSON at line 1, column ");
  }

  @Test
  void aStatementWithoutSpeakerIsRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bank.json");
    Files.writeString(file, "{\"reported_statements\": [{\"text\": \"said nothing\"}]}");

    assertThatThrownBy(() -> QuoteBank.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(file + ": reported_statements[1]: speaker: the speaker is missing");
  }

  @Test
  void aFieldOfTheWrongKindIsNamedWithItsEntryAndNoJavaClass(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bank.json");
    Files.writeString(file, "{\"quotes\": [{\"speaker\": \"A\", \"paragraphs\": [\"x\"]},"
        + " {\"speaker\": \"B\", \"paragraphs\": [[\"nested\"]]}]}");

    assertThatThrownBy(() -> QuoteBank.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(file + ": quotes[2].paragraphs[1]: expected text in double quotes")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("java.", "`", "FileQuote"));
  }

  @Test
  void aBudgetThatIsNotANumberIsNamed(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bank.json");
    Files.writeString(file, "{\"reaction_budget\": \"four\"}");

    assertThatThrownBy(() -> QuoteBank.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(file + ": reaction_budget: expected a whole number");
  }

  @Test
  void anUnknownAgencyTypeIsNamed(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bank.json");
    Files.writeString(file, "{\"quotes\": [{\"speaker\": \"A\", \"paragraphs\": [\"x\"], \"fits\": {\"agency_types\": [\"navy\"]}}]}");

    assertThatThrownBy(() -> QuoteBank.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(file + ": quotes[1] (A): fits.agency_types: 'navy' is not an agency type; write one of border, territorial, transport");
  }

  @Test
  void theOptionalFieldsAreRead(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bank.json");
    Files.writeString(file, "{\"reaction_budget\": 2, \"reported_statements\": [{\"speaker\": \"Ann Smith\", \"honorific\": \"Dr\","
        + " \"fits\": {\"agency_types\": [\"border\"], \"topics\": [\"smuggling\"]}, \"text\": \"said so\"}]}");

    QuoteBank bank = QuoteBank.read(file);

    assertThat(bank.reactionBudget()).hasValue(2);
    QuoteBank.ReportedStatement statement = bank.reportedStatements().get(0);
    assertThat(statement.speaker().honorific()).contains("Dr");
    assertThat(statement.fits().agencyTypes()).containsExactly(haul.reference.AgencyType.BORDER);
    assertThat(statement.fits().topics()).containsExactly("smuggling");
  }

  @Test
  void theSeedBankWithoutTheOptionalFieldsStaysValid() {
    QuoteBank bank = QuoteBank.read(haul.testing.SharedData.path("seed-quotes.json"));
    assertThat(bank.reactionBudget()).isEmpty();
    assertThat(bank.quotes()).allSatisfy(q -> assertThat(q.fits()).isEqualTo(QuoteBank.Fits.UNSAID));
    assertThat(bank.reportedStatements()).allSatisfy(s -> assertThat(s.speaker().honorific()).isEmpty());
    assertThat(bank.reportedStatements()).allSatisfy(s -> assertThat(s.answers()).isEmpty());
  }

  @Test
  void anEntryMayNameTheVoiceItAnswers(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bank.json");
    Files.writeString(file, "{\"quotes\": [{\"speaker\": \"Ann Smith\", \"organisation\": \"DrugWise\", \"paragraphs\": [\"No.\"]}],"
        + " \"reported_statements\": [{\"speaker\": \"A Minister\", \"answers\": \"drugwise\", \"text\": \"said yes\"}]}");

    QuoteBank bank = QuoteBank.read(file);

    assertThat(bank.reportedStatements().get(0).answers()).contains("drugwise");
    assertThat(bank.quotes().get(0).answers()).isEmpty();
  }

  @Test
  void anAnswerToNoVoiceOfTheBankOrToItsOwnIsRefusedNamingTheEntry(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bank.json");
    Files.writeString(file, "{\"reported_statements\": [{\"speaker\": \"Ann Smith\", \"text\": \"said no\"},"
        + " {\"speaker\": \"A Minister\", \"answers\": \"Release\", \"text\": \"said yes\"}]}");
    assertThatThrownBy(() -> QuoteBank.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(file + ": reported_statements[2] (A Minister): answers: 'Release' is no speaker or organisation of the bank");

    Files.writeString(file, "{\"quotes\": [{\"speaker\": \"Ann Smith\", \"organisation\": \"DrugWise\", \"answers\": \"DrugWise\","
        + " \"paragraphs\": [\"No.\"]}]}");
    assertThatThrownBy(() -> QuoteBank.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(file + ": quotes[1] (Ann Smith): answers: 'DrugWise' is this entry's own voice; name the voice it answers");
  }
}
