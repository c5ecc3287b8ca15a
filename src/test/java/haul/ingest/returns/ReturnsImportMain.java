package haul.ingest.returns;

import haul.store.Store;
import java.nio.file.Path;
import java.util.List;

/**
 * A child process for the crash test (haul.store.CrashSafetyTest): imports one large return, saying
 * {@value #IMPORTING} once {@value #ANNOUNCE_AFTER_BYTES} bytes have been checked, then slowing its
 * checks so that the kill lands before the commit. Left alone it commits and says {@value
 * #COMMITTED}, so a kill that missed would show.
 */
public final class ReturnsImportMain {

  public static final String IMPORTING = "importing";
  public static final String COMMITTED = "committed";
  public static final long ANNOUNCE_AFTER_BYTES = 2L << 20;

  private ReturnsImportMain() {}

  /** Writes a return of {@code events} seizures of kent, two lines each. */
  public static Path write(Path file, int events) throws java.io.IOException {
    try (var out = java.nio.file.Files.newBufferedWriter(file)) {
      out.write(Returns.HEADER + "\n");
      for (int i = 0; i < events; i++) {
        out.write("kent,K" + i + ",2021-05-01,Cocaine,1.5,g\n");
        out.write("kent,K" + i + ",2021-05-01,Heroin,2,g\n");
      }
    }
    return file;
  }

  public static void main(String[] args) {
    long[] read = {0};
    boolean[] announced = {false};
    ImportOptions options = Returns.options().withProgress(bytes -> {
      read[0] += bytes;
      if (!announced[0] && read[0] >= ANNOUNCE_AFTER_BYTES) {
        announced[0] = true;
        System.out.println(IMPORTING + " " + read[0]);
        System.out.flush();
      } else if (announced[0]) {
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    });
    try (Store store = Store.open(args[0])) {
      ImportResult result = ReturnsImporter.importFiles(store, List.of(Path.of(args[1])), options);
      System.out.println(COMMITTED + " " + result.outcome());
    }
  }
}
