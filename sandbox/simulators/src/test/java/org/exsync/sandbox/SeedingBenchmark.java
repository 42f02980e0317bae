package org.exsync.sandbox;

import java.lang.ref.Reference;
import java.time.LocalDate;
import org.exsync.sandbox.data.SandboxWorld;
import org.exsync.sandbox.data.WorldGenerator;
import org.exsync.sandbox.data.WorldSizes;
import org.exsync.sandbox.ews.EwsSettings;
import org.exsync.sandbox.ews.EwsSimulator;
import org.exsync.sandbox.identity.IdentitySimulator;
import org.exsync.sandbox.superoffice.SuperOfficeSimulator;

/**
 * Prints how long seeding all three simulators takes and how much heap the stores hold, for the
 * demo world and the benchmark world of 1,000 users with 1,000 items each. Run with {@code
 * MAVEN_OPTS=-Xmx12g mvn -pl sandbox/simulators test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.exsync.sandbox.SeedingBenchmark}.
 */
public final class SeedingBenchmark {

  private SeedingBenchmark() {}

  public static void main(String[] args) {
    seed("demo (25 users)", WorldSizes.DEMO);
    seed("1,000 users x 1,000 items", new WorldSizes(1_000, 600, 200, 200));
  }

  private static void seed(String name, WorldSizes sizes) {
    SandboxWorld world = new WorldGenerator(2026, LocalDate.of(2026, 11, 2)).generate(sizes);
    IdentitySimulator identity = new IdentitySimulator();
    long heapBefore = usedHeap();
    long identityMillis = time(() -> identity.seed(world));
    EwsSimulator ews = new EwsSimulator(EwsSettings.defaults(identity));
    long ewsMillis = time(() -> ews.seed(world));
    try (SuperOfficeSimulator superOffice = new SuperOfficeSimulator()) {
      long superOfficeMillis = time(() -> superOffice.seed(world));
      long heapAfter = usedHeap();
      System.out.printf(
          "%-26s identity %,6d ms   EWS %,6d ms   SuperOffice %,6d ms   heap held %,d MiB%n",
          name, identityMillis, ewsMillis, superOfficeMillis, (heapAfter - heapBefore) >> 20);
      // The stores must still be held when the heap is measured.
      Reference.reachabilityFence(identity);
      Reference.reachabilityFence(ews);
    }
  }

  private static long time(Runnable work) {
    long started = System.nanoTime();
    work.run();
    return (System.nanoTime() - started) / 1_000_000;
  }

  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
