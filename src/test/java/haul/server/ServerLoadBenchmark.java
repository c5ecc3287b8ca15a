package haul.server;

import haul.store.EditionFixture;
import haul.store.Store;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load generator for {@code haul serve}, run as its own process (see
 * docs/benchmarks-server.md). {@code prepare DB} writes a store holding the test edition; {@code
 * load URL CONCURRENCY SECONDS} sends GETs from that many threads, each with its own connection,
 * for a fixed time after a warm-up, and prints requests/s and latency percentiles. It refuses any
 * address but loopback.
 */
public final class ServerLoadBenchmark {

  private ServerLoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("prepare")) {
      try (Store store = Store.open(args[1])) {
        EditionFixture.insert(store, TestServer.YEAR, 1, TestServer.PUBLISHED, EditionFixture.standardFiles());
      }
      System.out.println("prepared " + args[1]);
      return;
    }
    if (args.length != 4 || !args[0].equals("load")) {
      System.err.println("usage: prepare DB | load URL CONCURRENCY SECONDS");
      System.exit(1);
    }
    URI uri = URI.create(args[1]);
    if (!InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
      System.err.println("refused: the load benchmark targets loopback addresses only, not " + uri.getHost());
      System.exit(1);
    }
    int concurrency = Integer.parseInt(args[2]);
    int seconds = Math.min(60, Integer.parseInt(args[3]));
    run(uri, concurrency, Duration.ofSeconds(2), false);
    Result result = run(uri, concurrency, Duration.ofSeconds(seconds), true);
    System.out.printf("%s concurrency=%d seconds=%d requests=%d errors=%d%n", uri, concurrency, seconds, result.count, result.errors);
    System.out.printf("requests/s=%.0f p50=%.2fms p99=%.2fms max=%.2fms%n",
        result.count / (double) seconds, result.percentile(50), result.percentile(99), result.percentile(100));
  }

  private record Result(long count, long errors, long[] latenciesNanos) {
    double percentile(int p) {
      if (latenciesNanos.length == 0) {
        return Double.NaN;
      }
      int index = (int) Math.ceil(p / 100.0 * latenciesNanos.length) - 1;
      return latenciesNanos[Math.max(0, Math.min(latenciesNanos.length - 1, index))] / 1e6;
    }
  }

  private static Result run(URI uri, int concurrency, Duration duration, boolean measure) throws InterruptedException {
    Instant end = Instant.now().plus(duration);
    AtomicLong errors = new AtomicLong();
    List<long[]> perThread = new ArrayList<>();
    List<int[]> counts = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < concurrency; t++) {
      long[] latencies = new long[2_000_000];
      int[] count = {0};
      perThread.add(latencies);
      counts.add(count);
      Thread thread = new Thread(() -> {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(uri).GET().build();
        while (Instant.now().isBefore(end) && count[0] < latencies.length) {
          long start = System.nanoTime();
          try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
              errors.incrementAndGet();
            }
          } catch (Exception e) {
            errors.incrementAndGet();
          }
          latencies[count[0]++] = System.nanoTime() - start;
        }
      });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    if (!measure) {
      return new Result(0, 0, new long[0]);
    }
    int total = counts.stream().mapToInt(c -> c[0]).sum();
    long[] all = new long[total];
    int at = 0;
    for (int t = 0; t < concurrency; t++) {
      System.arraycopy(perThread.get(t), 0, all, at, counts.get(t)[0]);
      at += counts.get(t)[0];
    }
    Arrays.sort(all);
    return new Result(total, errors.get(), all);
  }
}
