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
        .hasMessage(file + ": quotes[1]: a quote needs at least one paragraph");
  }

  @Test
  void aFileThatIsNotJsonIsRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bank.json");
    Files.writeString(file, "speaker,text\n");

    assertThatThrownBy(() -> QuoteBank.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(file + ": not a quote bank: ");
  }

  @Test
  void aStatementWithoutSpeakerIsRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bank.json");
    Files.writeString(file, "{\"reported_statements\": [{\"text\": \"said nothing\"}]}");

    assertThatThrownBy(() -> QuoteBank.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(file + ": reported_statements[1]: the speaker is missing");
  }
}
