package org.exsync.sandbox.superoffice;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import org.exsync.sandbox.data.SandboxWorld;
import org.exsync.sandbox.data.SeedUser;
import org.exsync.sandbox.data.WorldGenerator;
import org.exsync.sandbox.data.WorldSizes;
import org.exsync.sandbox.http.InProcessServer;

/**
 * In-process throughput of the simulator over loopback HTTP at benchmark size (1,000 users with
 * 1,000 diary items each): seed time, heap held by the seeded store, the connector's change scan
 * for one associate ({@code associateId eq N and updatedDate afterTime ...}, ordered by {@code
 * updatedDate}, 200 rows a page) and GET by id, with 1 and 8 client threads, rate limit off and
 * zero latency. Run by hand ({@code main}, about 6 GB of heap); CI does not run it.
 */
public final class SuperOfficeSimulatorBenchmark {

  private static final Duration WARM_UP = Duration.ofSeconds(3);
  private static final Duration MEASURE = Duration.ofSeconds(8);
  private static final WorldSizes BENCHMARK = new WorldSizes(1000, 600, 200, 200);

  public static void main(String[] args) throws Exception {
    // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's
    // delayed ACK and every small response waits about 40 ms.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    try (SuperOfficeSimulator simulator =
            new SuperOfficeSimulator(SuperOfficeOptions.defaults().withRateLimit(0));
        InProcessServer server = InProcessServer.http(simulator.handler())) {
      List<SeedUser> users = seed(simulator);
      System.gc();
      Runtime runtime = Runtime.getRuntime();
      System.out.printf(
          "Heap used after seeding: %d MB%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20);
      int rows = simulator.store().appointments().size();
      String auth = basic(users.get(0));
      String api = server.baseUri() + "/" + simulator.contextIdentifier() + "/api/v1";
      // Each request asks for another user's changes, as the sync engine walks its mailboxes.
      Target scan =
          n ->
              api
                  + "/Appointment?$select=appointmentId,updatedDate&$orderBy=updatedDate&$top=200"
                  + "&$filter=associateId%20eq%20"
                  + users.get((int) (n % users.size())).associateId()
                  + "%20and%20updatedDate%20afterTime%20'2026-01-01T00:00:00'";
      for (int threads : new int[] {1, 8}) {
        report("GET list, associate, afterTime", threads, scan, auth);
        report("GET /Appointment/{id}", threads, n -> api + "/Appointment/" + (1 + n % rows), auth);
      }
    }
  }

  /** Seeds the benchmark world and returns its users; the world itself is left for collection. */
  private static List<SeedUser> seed(SuperOfficeSimulator simulator) {
    long started = System.nanoTime();
    SandboxWorld world = new WorldGenerator(11, LocalDate.of(2026, 3, 2)).generate(BENCHMARK);
    System.out.printf("Generated the world in %.1f s%n", seconds(started));
    started = System.nanoTime();
    simulator.seed(world);
    System.out.printf(
        "Seeded %d appointments for %d users in %.1f s%n",
        simulator.store().appointments().size(), world.users().size(), seconds(started));
    return List.copyOf(world.users());
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }

  private static String basic(SeedUser user) {
    String pair = user.userName() + ":" + user.password();
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  private interface Target {
    String url(long n);
  }

  private static void report(String name, int threads, Target target, String auth)
      throws Exception {
    run(threads, target, auth, WARM_UP);
    long started = System.nanoTime();
    long count = run(threads, target, auth, MEASURE);
    System.out.printf(
        "%-32s %d thread(s): %8.1f requests/s%n", name, threads, count / seconds(started));
  }

  private static long run(int threads, Target target, String auth, Duration duration)
      throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    LongAdder done = new LongAdder();
    long deadline = System.nanoTime() + duration.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      long offset = t * 7919L;
      workers.add(
          pool.submit(
              () -> {
                long n = offset;
                while (System.nanoTime() < deadline) {
                  HttpRequest request =
                      HttpRequest.newBuilder(URI.create(target.url(n++)))
                          .header("Authorization", auth)
                          .build();
                  HttpResponse<byte[]> response =
                      http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                  if (response.statusCode() != 200) {
                    throw new IllegalStateException("HTTP " + response.statusCode());
                  }
                  done.increment();
                }
                return null;
              }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    pool.shutdown();
    return done.sum();
  }
}
