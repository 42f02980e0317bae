package org.exsync.sandbox.data;

import java.time.LocalDate;

/**
 * Prints how long generating worlds takes, from the demo to the benchmark size of 1,000 users with
 * 1,000 items each. Run with {@code mvn -pl sandbox/simulators test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=org.exsync.sandbox.data.WorldGeneratorBenchmark}.
 */
public final class WorldGeneratorBenchmark {

  private WorldGeneratorBenchmark() {}

  public static void main(String[] args) {
    measure("demo, 25 users", WorldSizes.DEMO, 5);
    measure("1,000 users x 1,000 items", new WorldSizes(1_000, 600, 200, 200), 2);
  }

  private static void measure(String name, WorldSizes sizes, int rounds) {
    for (int round = 1; round <= rounds; round++) {
      long started = System.nanoTime();
      SandboxWorld world = new WorldGenerator(round, LocalDate.of(2026, 11, 2)).generate(sizes);
      long items = 0;
      for (SeedUser user : world.users()) {
        SandboxWorld.UserItems generated = world.itemsOf(user);
        items +=
            generated.appointments().size()
                + generated.tasks().size()
                + generated.contacts().size();
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf(
          "%-28s round %d: %,d users, %,d items in %.2f s (%,.0f items/s)%n",
          name, round, world.users().size(), items, seconds, items / seconds);
    }
  }
}
