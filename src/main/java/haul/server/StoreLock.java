package haul.server;

import haul.store.Store;
import java.util.function.Function;

/**
 * The one way request threads reach the store: a DuckDB {@link Store} holds one connection and is
 * not thread-safe, so every use of it is serialised here; a thread-safe store (PostgreSQL's pool,
 * each transaction on a connection of its own) lets requests through at once, so that agencies
 * submitting together wait for the database, not for each other. Public reads rarely come here,
 * since the catalog caches what it has read.
 */
final class StoreLock {

  private final Store store;

  StoreLock(Store store) {
    this.store = store;
  }

  <T> T with(Function<Store, T> work) {
    if (store.threadSafe()) {
      return work.apply(store);
    }
    synchronized (this) {
      return work.apply(store);
    }
  }
}
