package haul.store;

/**
 * A child process for tests: opens a store, says {@code ready} on standard output, and holds the
 * file until its standard input closes.
 */
public final class LockHolder {

  private LockHolder() {}

  public static void main(String[] args) throws Exception {
    try (Store store = Store.open(args[0])) {
      System.out.println("ready " + store.location());
      System.out.flush();
      while (System.in.read() >= 0) {
        // hold the lock until the parent closes our input
      }
    }
  }
}
