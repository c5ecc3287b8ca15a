package haul.cli;

import static org.assertj.core.api.Assertions.assertThat;

import haul.store.StoreKind;
import haul.store.TestStores;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code haul token revoke} refuses the last admin token in force (exit 2), on both stores. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class LastAdminTokenCommandTest {

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
  void theLastAdminTokenInForceIsNotRevoked() {
    String db = stores.location(kind);
    assertThat(haul("token", "create", "--db", db, "--admin").exit()).isZero();
    assertThat(haul("token", "create", "--db", db, "--agency", "kent").exit()).isZero();

    Run refused = haul("token", "revoke", "--db", db, "1");
    assertThat(refused.exit()).isEqualTo(ExitCode.REJECTED);
    assertThat(refused.err()).isEqualTo("haul: token 1 is the last admin token in force: revoking it would lock every"
        + " admin out; issue another admin token first (haul token create --admin)\n");
    assertThat(haul("token", "list", "--db", db).out().split("\n")[1]).endsWith(" -");

    assertThat(haul("token", "revoke", "--db", db, "2").exit()).as("an agency token").isZero();
    assertThat(haul("token", "create", "--db", db, "--admin").exit()).isZero();
    assertThat(haul("token", "revoke", "--db", db, "1").exit()).as("another admin is in force").isZero();
    assertThat(haul("token", "revoke", "--db", db, "3").exit()).isEqualTo(ExitCode.REJECTED);
    assertThat(haul("token", "revoke", "--db", db, "1").exit()).as("revoked already: no change").isZero();
  }
}
