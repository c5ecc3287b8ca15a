package haul.cli;

import static haul.store.SeizureFixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import haul.store.EditionRepository;
import haul.store.SeizureFixture;
import haul.store.Store;
import haul.store.StoreKind;
import haul.store.TestStores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code haul edition list|postpone|withdraw} and publish's embargo rule on the command line, on
 * both stores: refusals exit 2 naming the edition and its time, an unknown edition exits 1.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class EditionCommandTest {

  @Parameter StoreKind kind;
  @RegisterExtension final TestStores stores = TestStores.perTest();
  @TempDir Path dir;
  private String db;

  private record Run(int exit, String out, String err) {}

  private static Run haul(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  /** 2021/22 public (edition 1), then a revision embargoed until 2099 (edition 2); 2022/23 held. */
  @BeforeEach
  void editions() {
    db = stores.location(kind);
    try (Store store = Store.open(db)) {
      new SeizureFixture(store)
          .seizure("kent", "K1", "2021-05-05", line("Cocaine", "20", "g"))
          .seizure("kent", "K3", "2022-05-05", line("Cocaine", "1", "kg"));
    }
    assertThat(publish("2021/22").exit()).isZero();
    try (Store store = Store.open(db)) {
      new SeizureFixture(store).seizure("kent", "K2", "2021-07-01", line("Heroin", "5", "g"));
    }
    Run embargoed = publish("2021/22", "--at", "2099-04-20T09:30");
    assertThat(embargoed.out()).startsWith("published 2021/22 edition 2, embargoed until 2099-04-20T09:30+01:00\n");
  }

  private Run publish(String year, String... more) {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
        "publish", "--db", db, "--year", year, "--out", dir.resolve("out-" + year.replace('/', '-')).toString()));
    args.addAll(java.util.List.of(more));
    return haul(args.toArray(String[]::new));
  }

  @Test
  void aLaterYearWaitsForTheEmbargoedEditionOfAnEarlierYear() throws Exception {
    Run refused = publish("2022/23");
    assertThat(refused.exit()).isEqualTo(ExitCode.REJECTED);
    assertThat(refused.err()).isEqualTo("haul: edition 2 of 2021/22 is embargoed until 2099-04-20T09:30+01:00: an"
        + " edition of 2022/23 public now would show its figures first; publish with --at 2099-04-20T09:30+01:00 or"
        + " later, or postpone or withdraw edition 2 of 2021/22 first (haul edition)\n");
    assertThat(Files.exists(dir.resolve("out-2022-23"))).isFalse();
    Run atItsTime = publish("2022/23", "--at", "2099-04-20T09:30");
    assertThat(atItsTime.exit()).as(atItsTime.err()).isZero();
  }

  @Test
  void listsPostponesAndWithdraws() {
    Run list = haul("edition", "list", "--db", db);
    assertThat(list.exit()).isZero();
    String[] lines = list.out().split("\n");
    assertThat(lines[0]).isEqualTo("year     edition status      public at               made at");
    assertThat(lines[1]).startsWith("2021/22  1       public      ");
    assertThat(lines[2]).startsWith("2021/22  2       embargoed   2099-04-20T09:30+01:00  ");
    assertThat(lines).hasSize(3);

    Run postponed = haul("edition", "postpone", "--db", db, "--year", "2021/22", "--edition", "2", "--at", "2099-05-04T09:30");
    assertThat(postponed.exit()).as(postponed.err()).isZero();
    assertThat(postponed.out()).isEqualTo("postponed 2021/22 edition 2: embargoed until 2099-05-04T09:30+01:00\n");
    Run earlier = haul("edition", "postpone", "--db", db, "--year", "2021/22", "--edition", "2", "--at", "2099-05-01T09:30");
    assertThat(earlier.exit()).isEqualTo(ExitCode.REJECTED);
    assertThat(earlier.err()).contains("postponing moves that later, and 2099-05-01T09:30+01:00 is not later");
    Run unknown = haul("edition", "withdraw", "--db", db, "--year", "2021/22", "--edition", "9");
    assertThat(unknown.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(unknown.err()).isEqualTo("haul: --edition: 2021/22 has no edition 9; its editions: 1, 2\n");
    Run publicOne = haul("edition", "withdraw", "--db", db, "--year", "2021/22", "--edition", "1");
    assertThat(publicOne.exit()).isEqualTo(ExitCode.REJECTED);
    assertThat(publicOne.err()).contains("edition 1 of 2021/22 has been public since");

    Run withdrawn = haul("edition", "withdraw", "--db", db, "--year", "2021/22", "--edition", "2");
    assertThat(withdrawn.exit()).as(withdrawn.err()).isZero();
    assertThat(withdrawn.out()).isEqualTo("withdrew 2021/22 edition 2: it will not be public; the next edition of"
        + " 2021/22 is 3\n");
    assertThat(haul("edition", "list", "--db", db, "--year", "2021/22").out().split("\n")[2])
        .startsWith("2021/22  2       withdrawn   2099-05-04T09:30+01:00  ");
    Run next = publish("2021/22");
    assertThat(next.exit()).as(next.err()).isZero();
    assertThat(next.out()).startsWith("published 2021/22 edition 3, public\n");
    try (Store store = Store.open(db)) {
      assertThat(new EditionRepository(store).editions(2022)).extracting(e -> e.number()).containsExactly(1, 2, 3);
    }
    assertThat(publish("2022/23").exit()).as("nothing embargoed is in the way now").isZero();
  }
}
