package haul.cli;

import static org.assertj.core.api.Assertions.assertThat;

import haul.store.Store;
import haul.store.StoreKind;
import haul.store.TestStores;
import haul.store.Tokens;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Runs against a DuckDB store and a PostgreSQL store. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class TokenCommandTest {

  @Parameter StoreKind kind;
  @RegisterExtension final TestStores stores = TestStores.perTest();

  private record Run(int exit, String out, String err) {}

  private Run haul(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void createsATokenPrintedOnceAndStoredAsAHashThenListsAndRevokesIt() {
    String db = stores.location(kind);
    Run created = haul("token", "create", "--db", db, "--agency", "Kent");
    assertThat(created.exit()).isEqualTo(0);
    String secret = created.out().strip();
    assertThat(secret).matches("[A-Za-z0-9_-]{43}");
    assertThat(created.err()).startsWith("haul: token 1 for kent (shown once");
    assertThat(haul("token", "create", "--db", db, "--admin").exit()).isEqualTo(0);

    try (Store store = Store.open(db)) {
      assertThat(new Tokens(store).verify(secret)).hasValueSatisfying(t -> assertThat(t.agencyCode()).hasValue("kent"));
    }

    Run list = haul("token", "list", "--db", db);
    assertThat(list.exit()).isEqualTo(0);
    String[] lines = list.out().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).isEqualTo("id   holder                       name                     created               revoked");
    assertThat(lines[1]).startsWith("1    kent                         kent                     ").endsWith(" -");
    assertThat(lines[2]).startsWith("2    admin                        admin                    ");
    assertThat(list.out()).doesNotContain(secret);

    Run revoked = haul("token", "revoke", "--db", db, "1");
    assertThat(revoked.exit()).isEqualTo(0);
    assertThat(revoked.out()).startsWith("token 1 (kent) revoked at ");
    try (Store store = Store.open(db)) {
      assertThat(new Tokens(store).verify(secret)).isEmpty();
    }
    assertThat(haul("token", "list", "--db", db).out().split("\n")[1]).doesNotEndWith(" -");
  }

  @Test
  void anEditorTokenHasTheNameGivenAndMayUseTheNewsroomButIsNoAdmin() {
    String db = stores.location(kind);
    Run created = haul("token", "create", "--db", db, "--editor", "--name", "A. Editor");
    assertThat(created.exit()).isEqualTo(0);
    try (Store store = Store.open(db)) {
      assertThat(new Tokens(store).verify(created.out().strip())).hasValueSatisfying(t -> {
        assertThat(t.role()).isEqualTo(haul.store.TokenRole.EDITOR);
        assertThat(t.name()).isEqualTo("A. Editor");
        assertThat(t.newsroom()).isTrue();
        assertThat(t.admin()).isFalse();
        assertThat(t.agencyCode()).isEmpty();
      });
    }
    assertThat(haul("token", "create", "--db", db, "--agency", "kent", "--name", "Kent data officer").exit()).isEqualTo(0);
    String[] lines = haul("token", "list", "--db", db).out().split("\n");
    assertThat(lines[1]).startsWith("1    editor                       A. Editor                ");
    assertThat(lines[2]).startsWith("2    kent                         Kent data officer        ");
    assertThat(haul("token", "create", "--db", db, "--editor", "--admin").exit()).isEqualTo(ExitCode.USAGE);
    assertThat(haul("token", "create", "--db", db, "--editor", "--name", " ").exit()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void refusesAnUnknownAgencyBothKindsAndAnUnknownId() {
    String db = stores.location(kind);
    Run unknown = haul("token", "create", "--db", db, "--agency", "atlantis");
    assertThat(unknown.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(unknown.err()).isEqualTo("haul: no agency is called 'atlantis': use a code of agencies.csv, such as kent\n");
    assertThat(haul("token", "create", "--db", db, "--agency", "kent", "--admin").exit()).isEqualTo(ExitCode.USAGE);
    assertThat(haul("token", "create", "--db", db).exit()).isEqualTo(ExitCode.USAGE);
    Run revoke = haul("token", "revoke", "--db", db, "9");
    assertThat(revoke.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(revoke.err()).isEqualTo("haul: no token has the id 9: see haul token list\n");
  }
}
