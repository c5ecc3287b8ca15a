package haul.publish;

import static haul.store.SeizureFixture.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import haul.reference.FinancialYear;
import haul.store.EditionRecord;
import haul.store.EditionRepository;
import haul.store.SeizureFixture;
import haul.store.Store;
import haul.store.StoreKind;
import haul.store.TestStores;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The embargo rules on both stores: a later edition is never public before an embargoed one whose
 * figures it holds; an embargoed edition is postponed (its workbook and manifest state the new time)
 * or withdrawn (it keeps its number); a public one is neither.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class EmbargoesTest {

  private static final FinancialYear FY2022 = FinancialYear.parse("2021/22");
  private static final FinancialYear FY2023 = FinancialYear.parse("2022/23");
  private static final Instant NOW = Instant.parse("2023-04-20T08:30:00Z");
  private static final Instant LATE = Instant.parse("2099-04-20T08:30:00Z");

  @Parameter StoreKind kind;
  @RegisterExtension final TestStores stores = TestStores.perTest();
  private Store store;

  /** 2021/22: Kent K1 and Thames Valley TV1; 2022/23: Kent K3. Edition 1 of 2021/22 public at NOW. */
  @BeforeEach
  void data() {
    store = stores.open(kind);
    new SeizureFixture(store)
        .seizure("kent", "K1", "2021-05-05", line("Cocaine", "20", "g"))
        .seizure("thames-valley", "TV1", "2021-06-01", line("Heroin", "2", "g"))
        .seizure("kent", "K3", "2022-05-05", line("Cocaine", "1", "kg"));
    publisher(NOW).publish(FY2022, Optional.empty(), Optional.empty());
  }

  private Publisher publisher(Instant now) {
    return new Publisher(store, Clock.fixed(now, ZoneOffset.UTC));
  }

  private Embargoes embargoes(Instant now) {
    return new Embargoes(store, Clock.fixed(now, ZoneOffset.UTC));
  }

  /** A revision of 2021/22 (Kent K2) embargoed until 2099 as edition 2. */
  private void embargoedRevision() {
    new SeizureFixture(store).seizure("kent", "K2", "2021-07-01", line("Cocaine", "5", "g"));
    assertThat(publisher(NOW).publish(FY2022, Optional.of(LATE), Optional.empty()).edition().number()).isEqualTo(2);
  }

  @Test
  void aLaterYearIsNotPublishedBeforeAnEmbargoedEditionOfAnEarlierYear() {
    embargoedRevision();
    assertThatThrownBy(() -> publisher(NOW.plusSeconds(60)).publish(FY2023, Optional.empty(), Optional.empty()))
        .isInstanceOf(EmbargoException.class)
        .hasMessage("edition 2 of 2021/22 is embargoed until 2099-04-20T09:30+01:00: an edition of 2022/23 public now"
            + " would show its figures first; publish with --at 2099-04-20T09:30+01:00 or later, or postpone or"
            + " withdraw edition 2 of 2021/22 first (haul edition)");
    assertThatThrownBy(() -> publisher(NOW).publish(FY2023, Optional.of(LATE.minusSeconds(60)), Optional.empty()))
        .isInstanceOf(EmbargoException.class)
        .hasMessageContaining("an edition of 2022/23 public at 2099-04-20T09:29+01:00 would show its figures first");
    assertThatThrownBy(() -> {
      new SeizureFixture(store).seizure("kent", "K4", "2021-08-01", line("Cocaine", "5", "g"));
      publisher(NOW).publish(FY2022, Optional.empty(), Optional.empty());
    }).as("the same year, public now").isInstanceOf(EmbargoException.class);
    assertThat(new EditionRepository(store).editions(2023)).isEmpty();

    PublishResult sameTime = publisher(NOW).publish(FY2023, Optional.of(LATE), Optional.empty());
    assertThat(sameTime.edition().publicAt()).isEqualTo(LATE);
    new SeizureFixture(store).seizure("kent", "K5", "2022-08-01", line("Cocaine", "5", "g"));
    assertThat(publisher(LATE).publish(FY2023, Optional.empty(), Optional.empty()).edition().number())
        .as("once the embargo has passed, a revision public at once").isEqualTo(2);
  }

  @Test
  void aPostponedEditionStatesItsNewTimeAndKeepsItsFigures() {
    embargoedRevision();
    Map<String, byte[]> before = new EditionRepository(store).files(2022, 2);
    Instant later = LATE.plusSeconds(86_400 * 7);
    EditionRecord moved = embargoes(NOW).postpone(FY2022, 2, later);

    assertThat(moved.publicAt()).isEqualTo(later);
    assertThat(new EditionRepository(store).edition(2022, 2).orElseThrow().publicAt()).isEqualTo(later);
    Map<String, byte[]> after = new EditionRepository(store).files(2022, 2);
    assertThat(after.keySet()).isEqualTo(before.keySet());
    before.forEach((name, bytes) -> {
      if (!name.equals("manifest.json") && !name.endsWith(".ods") && !name.startsWith("bulletin.")) {
        assertThat(after.get(name)).as(name).isEqualTo(bytes);
      }
    });
    String bulletin = new String(after.get("bulletin.html"), StandardCharsets.UTF_8);
    assertThat(bulletin).as("the bulletin states the edition's new time").contains("27 April 2099")
        .doesNotContain("20 April 2099");
    String manifest = new String(after.get("manifest.json"), StandardCharsets.UTF_8);
    assertThat(manifest).contains("\"public_at\": \"2099-04-27T09:30:00+01:00\"", "\"edition\": 2",
        "\"sha256\": \"" + EditionRepository.sha256(after.get("haul-tables-2021-22.ods")) + "\"");
    String cover = cover(after.get("haul-tables-2021-22.ods"));
    assertThat(cover).contains("27 April 2099, 09:30").doesNotContain("20 April 2099");
    assertThat(cover(before.get("haul-tables-2021-22.ods"))).contains("20 April 2099, 09:30");
  }

  @Test
  void postponingIsRefusedWhenItWouldNotBeLaterOrALaterEditionWouldShowItsFiguresFirst() {
    embargoedRevision();
    assertThatThrownBy(() -> embargoes(NOW).postpone(FY2022, 2, LATE.minusSeconds(3600)))
        .isInstanceOf(EmbargoException.class)
        .hasMessage("edition 2 of 2021/22 is embargoed until 2099-04-20T09:30+01:00: postponing moves that later,"
            + " and 2099-04-20T08:30+01:00 is not later");
    publisher(NOW).publish(FY2023, Optional.of(LATE.plusSeconds(3600)), Optional.empty());
    assertThatThrownBy(() -> embargoes(NOW).postpone(FY2022, 2, LATE.plusSeconds(7200)))
        .isInstanceOf(EmbargoException.class)
        .hasMessage("edition 1 of 2022/23, made after edition 2 of 2021/22, holds its figures and is public at"
            + " 2099-04-20T10:30+01:00, before 2099-04-20T11:30+01:00: postpone or withdraw it first, or postpone"
            + " edition 2 of 2021/22 to 2099-04-20T10:30+01:00 at the latest");
    assertThat(embargoes(NOW).postpone(FY2022, 2, LATE.plusSeconds(3600)).publicAt()).isEqualTo(LATE.plusSeconds(3600));
    assertThatThrownBy(() -> embargoes(NOW).postpone(FY2022, 1, LATE))
        .isInstanceOf(EmbargoException.class)
        .hasMessage("edition 1 of 2021/22 has been public since 2023-04-20T09:30+01:00: only an embargoed edition can"
            + " be postponed; a public one is revised by publishing a new edition");
    assertThatThrownBy(() -> embargoes(NOW).postpone(FY2022, 7, LATE))
        .isInstanceOf(EditionNotFoundException.class).hasMessage("2021/22 has no edition 7; its editions: 1, 2");
  }

  @Test
  void postponingIsRefusedWhenTheFiguresHaveChangedSinceTheEditionWasMade() {
    embargoedRevision();
    new SeizureFixture(store).seizure("kent", "K9", "2021-09-01", line("Cocaine", "5", "g"));
    assertThatThrownBy(() -> embargoes(NOW).postpone(FY2022, 2, LATE.plusSeconds(60)))
        .isInstanceOf(PublishException.class)
        .hasMessageStartingWith("the figures held for 2021/22 have changed since edition 2 of 2021/22 was made");
    assertThat(new EditionRepository(store).edition(2022, 2).orElseThrow().publicAt()).isEqualTo(LATE);
  }

  @Test
  void aWithdrawnEditionKeepsItsNumberIsNeverPublicAndTheNextTakesTheNextNumber() {
    embargoedRevision();
    EditionRecord withdrawn = embargoes(NOW).withdraw(FY2022, 2);
    assertThat(withdrawn.withdrawnAt()).hasValue(NOW);
    EditionRepository repository = new EditionRepository(store);
    assertThat(repository.latest(2022).orElseThrow().number()).isEqualTo(1);
    assertThat(repository.embargoedUpTo(2023, NOW)).isEmpty();
    assertThat(new haul.store.ServedEditions(store).all().get(1).isPublicAt(LATE)).isFalse();

    assertThatThrownBy(() -> embargoes(NOW).withdraw(FY2022, 2)).isInstanceOf(EmbargoException.class)
        .hasMessageStartingWith("edition 2 of 2021/22 was withdrawn at 2023-04-20T09:30+01:00: it cannot be withdrawn");
    assertThatThrownBy(() -> embargoes(NOW).postpone(FY2022, 2, LATE.plusSeconds(60))).isInstanceOf(EmbargoException.class);
    assertThatThrownBy(() -> embargoes(NOW).withdraw(FY2022, 1)).isInstanceOf(EmbargoException.class)
        .hasMessageContaining("has been public since");

    PublishResult next = publisher(NOW.plusSeconds(60)).publish(FY2022, Optional.empty(), Optional.empty());
    assertThat(next.created()).isTrue();
    assertThat(next.edition().number()).isEqualTo(3);
    assertThat(new String(next.files().get("manifest.json"), StandardCharsets.UTF_8))
        .as("it revises edition 1, the last not withdrawn").contains("\"revises\": {\n    \"year\": \"2021/22\",\n    \"edition\": 1");
    assertThat(publisher(NOW.plusSeconds(60)).publish(FY2023, Optional.empty(), Optional.empty()).created())
        .as("nothing embargoed is in the way now").isTrue();
  }

  private static String cover(byte[] ods) {
    try {
      return new String(PublisherTest.entry(ods, "content.xml"), StandardCharsets.UTF_8);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
