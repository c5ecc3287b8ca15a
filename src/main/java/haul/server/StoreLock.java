package haul.server;

import haul.store.Store;
import java.util.function.Function;

/**
 * The one way request threads reach the store: a {@link Store} holds one connection and is not
 * thread-safe, so every use is serialised here. Public reads rarely come here, since the catalog
 * caches what it has read.
 */
final class StoreLock {

  private final Store store;

  StoreLock(Store store) {
    this.store = store;
  }

  synchronized <T> T with(Function<Store, T> work) {
    return work.apply(store);
  }
}
