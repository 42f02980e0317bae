package org.exsync.sandbox.ews;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import org.exsync.sandbox.data.SandboxWorld;
import org.exsync.sandbox.data.SeedUser;
import org.exsync.sandbox.data.WorldGenerator;
import org.exsync.sandbox.data.WorldSizes;
import org.exsync.sandbox.ews.throttle.ThrottlingPolicy;
import org.exsync.sandbox.http.InProcessServer;

/**
 * Requests per second the simulator serves in-process over loopback HTTP, with zero latency and no
 * throttling: GetItem of 50 calendar items and SyncFolderItems pages of 100, from 1 and 8 client
 * threads, with and without request validation. A main, not a test, so builds never run it.
 */
public final class EwsSimulatorBenchmark {

  private static final long WARM_UP_MILLIS = 1_500;
  private static final long MEASURE_MILLIS = 3_000;

  private EwsSimulatorBenchmark() {}

  public static void main(String[] args) throws Exception {
    boolean warmedUp = false;
    SandboxWorld world =
        new WorldGenerator(7, LocalDate.of(2026, 3, 2)).generate(new WorldSizes(8, 200, 20, 50));
    System.out.printf("%-16s %-10s %8s %12s%n", "operation", "validate", "threads", "requests/s");
    // The first pass only warms the JIT, so the first measured configuration is not penalised.
    for (boolean validate : new boolean[] {true, true, false}) {
      EwsSimulator simulator =
          new EwsSimulator(
              EwsSettings.defaults(new TestTokens(Map.of()))
                  .withThrottling(ThrottlingPolicy.UNLIMITED)
                  .withRequestValidation(validate));
      simulator.seed(world);
      boolean warm = warmedUp;
      warmedUp = true;
      try (InProcessServer server = InProcessServer.http(simulator.handler())) {
        URI url = URI.create(server.baseUri() + "/EWS/Exchange.asmx");
        for (String operation : List.of("GetItem(50)", "SyncFolderItems")) {
          for (int threads : new int[] {1, 8}) {
            double rate = run(url, simulator, world.users(), operation, threads);
            if (!warm) {
              continue;
            }
            System.out.printf("%-16s %-10s %8d %12.0f%n", operation, validate, threads, rate);
          }
        }
      }
    }
  }

  private static double run(
      URI url, EwsSimulator simulator, List<SeedUser> users, String operation, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    LongAdder done = new LongAdder();
    long start = System.currentTimeMillis();
    long measureFrom = start + WARM_UP_MILLIS;
    long end = measureFrom + MEASURE_MILLIS;
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      SeedUser user = users.get(t % users.size());
      String body = operation.startsWith("GetItem") ? getItem(simulator, user) : syncFolderItems();
      HttpClient client = HttpClient.newHttpClient();
      HttpRequest request =
          HttpRequest.newBuilder(url)
              .header("Content-Type", "text/xml; charset=utf-8")
              .header("Authorization", "Bearer " + TestTokens.delegated(user.email()))
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      workers.add(
          pool.submit(
              () -> {
                while (System.currentTimeMillis() < end) {
                  HttpResponse<String> response =
                      client.send(request, HttpResponse.BodyHandlers.ofString());
                  if (response.statusCode() != 200
                      || response.body().contains("ResponseClass=\"Error\"")) {
                    throw new IllegalStateException("Benchmark request failed: " + response.body());
                  }
                  if (System.currentTimeMillis() >= measureFrom) {
                    done.increment();
                  }
                }
                return null;
              }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    pool.shutdown();
    return done.sum() * 1000.0 / MEASURE_MILLIS;
  }

  private static String getItem(EwsSimulator simulator, SeedUser user) {
    StringBuilder ids = new StringBuilder();
    simulator.outlook(user.email()).orElseThrow().itemIds("calendar").stream()
        .limit(50)
        .forEach(id -> ids.append("<t:ItemId Id=\"").append(id).append("\"/>"));
    return RawEws.ENVELOPE_START
        + "<m:GetItem><m:ItemShape><t:BaseShape>AllProperties</t:BaseShape></m:ItemShape><m:ItemIds>"
        + ids
        + "</m:ItemIds></m:GetItem>"
        + RawEws.ENVELOPE_END;
  }

  private static String syncFolderItems() {
    return RawEws.ENVELOPE_START
        + "<m:SyncFolderItems><m:ItemShape><t:BaseShape>AllProperties</t:BaseShape></m:ItemShape>"
        + "<m:SyncFolderId><t:DistinguishedFolderId Id=\"calendar\"/></m:SyncFolderId>"
        + "<m:MaxChangesReturned>100</m:MaxChangesReturned></m:SyncFolderItems>"
        + RawEws.ENVELOPE_END;
  }
}
