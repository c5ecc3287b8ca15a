package haul.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A child process for {@link CrashSafetyTest}: in one {@link Store#atomically} transaction, logs an
 * import and stores figures batch after batch through {@link TablesRepository}, as import-tables
 * does, saying {@value #WRITING} once {@value #ANNOUNCE_AFTER} batches are in. Left alone it
 * commits after {@value #BATCHES} batches, so a kill that missed would show.
 */
public final class LongTransactionMain {

  static final String WRITING = "writing";
  static final int BATCH = 1_000;
  static final int ANNOUNCE_AFTER = 20;
  static final int BATCHES = 2_000;

  private LongTransactionMain() {}

  public static void main(String[] args) {
    try (Store store = Store.open(args[0])) {
      TablesRepository repository = new TablesRepository(store);
      store.atomically(() -> {
        long importId = repository.logImport("Huge15-16.csv", "0".repeat(64), BATCH * (long) BATCHES,
            BATCH * (long) BATCHES, 0, "seizures 2015/16", Instant.parse("2026-01-01T00:00:00Z"));
        for (int batch = 0; batch < BATCHES; batch++) {
          List<TablesCell> cells = new ArrayList<>(BATCH);
          for (int i = 0; i < BATCH; i++) {
            cells.add(new TablesCell(2016, "agency" + batch, "seizures", "drug", "Drug " + i,
                Optional.of(BigDecimal.valueOf(i))));
          }
          repository.insert(importId, cells);
          if (batch + 1 == ANNOUNCE_AFTER) {
            System.out.println(WRITING + " " + (batch + 1) * BATCH);
            System.out.flush();
          }
        }
        return null;
      });
    }
    System.out.println("committed");
  }
}
