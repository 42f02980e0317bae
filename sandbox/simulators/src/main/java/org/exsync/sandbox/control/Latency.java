package org.exsync.sandbox.control;

import java.util.concurrent.ThreadLocalRandom;

/**
 * How long the simulated service takes: a fixed part per request, a part per item touched, and a
 * random spread around both. Zero (the default for unit tests) costs nothing; benchmarks set it so
 * that concurrency and batching matter as they do against a real server.
 *
 * @param perRequestMillis time every request takes
 * @param perItemMillis time added per item read or written
 * @param jitter the share by which each delay may vary either way, from 0 to 1
 */
public record Latency(double perRequestMillis, double perItemMillis, double jitter) {

  public static final Latency NONE = new Latency(0, 0, 0);

  public Latency {
    if (perRequestMillis < 0 || perItemMillis < 0 || jitter < 0 || jitter > 1) {
      throw new IllegalArgumentException(
          "Latency needs non-negative times and a jitter from 0 to 1, was "
              + perRequestMillis
              + ", "
              + perItemMillis
              + ", "
              + jitter);
    }
  }

  /** The delay for a request touching this many items, with jitter drawn. */
  public long millisFor(int items) {
    double base = perRequestMillis + perItemMillis * Math.max(0, items);
    if (base == 0) {
      return 0;
    }
    double spread = jitter == 0 ? 0 : (ThreadLocalRandom.current().nextDouble() * 2 - 1) * jitter;
    return Math.round(base * (1 + spread));
  }

  /** Sleeps for the delay of a request touching this many items. */
  public void pause(int items) {
    long millis = millisFor(items);
    if (millis > 0) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
