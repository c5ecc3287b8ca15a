package haul.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What does not run on PostgreSQL yet says so plainly, before it changes anything. */
class PostgresNotYetTest {

  @RegisterExtension final TestStores stores = TestStores.perTest();

  @Test
  void theReturnsLoaderRefusesAPostgresStoreWithAMessage() {
    Store store = stores.open(StoreKind.POSTGRESQL);
    assertThatThrownBy(() -> new ReturnsLoader(store))
        .isInstanceOf(StoreException.class)
        .hasMessage("importing returns into a PostgreSQL store is not supported yet (" + store.location()
            + "): import them into a DuckDB file and move it with haul export and haul restore");
    assertThat(store.location()).contains("password=***");
  }
}
