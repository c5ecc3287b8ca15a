package haul.store;

import static org.assertj.core.api.Assertions.assertThat;

import haul.reference.FinancialYear;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one status rule serves both views of an edition: the command line's and the server's. */
class EditionStatusTest {
  private static final Instant NOW = Instant.parse("2023-04-20T08:30:00Z");

  private static EditionRecord edition(int year, int number, Instant publicAt, boolean withdrawn) {
    return new EditionRecord(year, number, publicAt.minusSeconds(3600), publicAt, "d", "r",
        withdrawn ? Optional.of(publicAt.minusSeconds(60)) : Optional.empty());
  }

  @Test
  void anEditionIsSupersededOnlyByALaterPublicEditionOfItsOwnYear() {
    EditionRecord first = edition(2022, 1, NOW.minusSeconds(86_400), false);
    EditionRecord embargoedSecond = edition(2022, 2, NOW.plusSeconds(60), false);
    EditionRecord withdrawnThird = edition(2022, 3, NOW.minusSeconds(10), true);
    EditionRecord otherYear = edition(2023, 2, NOW.minusSeconds(10), false);
    List<EditionRecord> held = List.of(first, embargoedSecond, withdrawnThird, otherYear);

    assertThat(EditionStatus.of(first, held, NOW)).isEqualTo(EditionStatus.PUBLIC);
    assertThat(EditionStatus.of(embargoedSecond, held, NOW)).isEqualTo(EditionStatus.EMBARGOED);
    assertThat(EditionStatus.of(withdrawnThird, held, NOW)).isEqualTo(EditionStatus.WITHDRAWN);
    assertThat(EditionStatus.of(first, held, NOW.plusSeconds(61))).isEqualTo(EditionStatus.SUPERSEDED);
  }

  @Test
  void theServersViewOfTheSameEditionsTellsTheSameStatus() {
    ServedEdition first = new ServedEdition(new FinancialYear(2022), 1, NOW.minusSeconds(90_000),
        NOW.minusSeconds(86_400), "d");
    ServedEdition second = new ServedEdition(new FinancialYear(2022), 2, NOW.minusSeconds(600),
        NOW.minusSeconds(60), "d");
    assertThat(EditionStatus.of(first, List.of(first, second), NOW)).isEqualTo(EditionStatus.SUPERSEDED);
    assertThat(EditionStatus.of(second, List.of(first, second), NOW)).isEqualTo(EditionStatus.PUBLIC);
  }
}
