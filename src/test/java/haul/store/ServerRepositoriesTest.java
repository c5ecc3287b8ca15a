package haul.store;

import static org.assertj.core.api.Assertions.assertThat;

import haul.reference.FinancialYear;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What haul serve reads and writes (editions and their files, submissions) gives the same on both stores. */
class ServerRepositoriesTest {

  private static final FinancialYear FY2022 = FinancialYear.parse("2021/22");
  private static final Instant AT = Instant.parse("2023-04-20T08:30:00Z");

  @RegisterExtension final TestStores stores = TestStores.perTest();

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void servesStoredEditionsAndTheirFilesByteForByte(StoreKind kind) {
    Store store = stores.open(kind);
    Map<String, byte[]> files = EditionFixture.standardFiles();
    EditionFixture.insert(store, FY2022, 1, AT, files);
    ServedEditions served = new ServedEditions(store);
    assertThat(served.all()).containsExactly(new ServedEdition(FY2022, 1, AT.minusSeconds(86_400), AT, "data-2022-1"));
    List<String> names = served.fileNames(FY2022, 1);
    assertThat(names).isEqualTo(files.keySet().stream().sorted().toList());
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      ServedFile stored = served.file(FY2022, 1, file.getKey()).orElseThrow();
      assertThat(stored.content()).as(file.getKey()).isEqualTo(file.getValue());
      assertThat(stored.sha256()).isEqualTo(EditionFixture.sha256(file.getValue()));
    }
    assertThat(served.file(FY2022, 2, names.get(0))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void recordsSubmissionsPerAgency(StoreKind kind) {
    Store store = stores.open(kind);
    ApiSubmissions submissions = new ApiSubmissions(store);
    long first = submissions.record(Optional.of("kent"), AT, "kent.csv", "loaded", 200, "{\"accepted\": 3}");
    long second = submissions.record(Optional.empty(), AT.plusSeconds(60), "all.csv", "refused", 422, "{}");
    long third = submissions.record(Optional.of("kent"), AT.plusSeconds(120), "kent2.csv", "partial", 200, "{}");
    assertThat(List.of(first, second, third)).containsExactly(1L, 2L, 3L);
    assertThat(submissions.of(Optional.of("kent"))).hasSize(2);
    assertThat(submissions.of(Optional.empty())).hasSize(3);
  }
}
