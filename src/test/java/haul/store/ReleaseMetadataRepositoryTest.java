package haul.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class ReleaseMetadataRepositoryTest {

  private static final Instant RELEASE = Instant.parse("2023-04-20T08:30:00Z");

  @RegisterExtension final TestStores stores = TestStores.perTest();

  static ReleaseMetadata metadata(String contact) {
    return new ReleaseMetadata("Seizures of drugs in England and Wales, year ending March 2022", "Home Office",
        "Source: Home Office, Seizures of drugs in England and Wales", contact, "Official statistics", RELEASE,
        LocalDate.parse("2024-04-18"), "Open Government Licence v3.0");
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void aYearsMetadataIsKeptAndReplacedWhenSetAgain(StoreKind kind) {
    Store store = stores.open(kind);
    ReleaseMetadataRepository repository = new ReleaseMetadataRepository(store);
    assertThat(repository.find(2022)).isEmpty();
    repository.save(2022, metadata("crimestats@example.gov.uk"), RELEASE);
    assertThat(repository.find(2022)).contains(metadata("crimestats@example.gov.uk"));
    repository.save(2022, metadata("drugstats@example.gov.uk"), RELEASE.plusSeconds(60));
    assertThat(repository.find(2022)).contains(metadata("drugstats@example.gov.uk"));
    assertThat(repository.find(2021)).isEmpty();
  }

  @Test
  void metadataWithoutAContactOrWithTheNextReleaseBeforeThisOneIsRefusedSayingWhy() {
    assertThatThrownBy(() -> metadata("write to us"))
        .hasMessage("contact: 'write to us' is not an email address: write one such as crimestats@example.gov.uk");
    assertThatThrownBy(() -> new ReleaseMetadata("t", "p", "s", "a@b.org", "Official statistics", RELEASE,
        LocalDate.parse("2023-04-01"), "Open Government Licence v3.0"))
        .hasMessage("next_release: 2023-04-01 is not after the release date 2023-04-20");
    assertThatThrownBy(() -> new ReleaseMetadata(" ", "p", "s", "a@b.org", "Official statistics", RELEASE,
        LocalDate.parse("2024-04-01"), "OGL"))
        .hasMessage("title: give a value (it is printed on the release)");
  }
}
