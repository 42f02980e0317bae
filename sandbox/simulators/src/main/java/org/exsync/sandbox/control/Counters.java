package org.exsync.sandbox.control;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Named counts of what a simulator saw and did, for assertions and benchmark reports. Names are
 * dotted: {@code requests}, {@code requests.GetItem}, {@code throttled.ErrorServerBusy}, {@code
 * faults.DROP_CONNECTION}. Thread-safe and cheap under contention.
 */
public final class Counters {

  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

  public void increment(String name) {
    add(name, 1);
  }

  public void add(String name, long amount) {
    counts.computeIfAbsent(name, n -> new LongAdder()).add(amount);
  }

  /** The count, or 0 when nothing was counted under this name. */
  public long get(String name) {
    LongAdder adder = counts.get(name);
    return adder == null ? 0 : adder.sum();
  }

  /** All counts, sorted by name. */
  public Map<String, Long> snapshot() {
    Map<String, Long> copy = new TreeMap<>();
    counts.forEach((name, adder) -> copy.put(name, adder.sum()));
    return copy;
  }

  public void reset() {
    counts.clear();
  }
}
