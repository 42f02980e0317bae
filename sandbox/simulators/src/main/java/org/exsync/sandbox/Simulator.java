package org.exsync.sandbox;

import org.exsync.sandbox.control.Counters;
import org.exsync.sandbox.control.FaultPlan;
import org.exsync.sandbox.data.SandboxWorld;
import org.exsync.sandbox.http.SimHandler;

/**
 * What every simulator offers its hosts: the HTTP surface of the simulated service, the faults it
 * injects, the counters it keeps and its in-memory store, seeded from a generated world.
 */
public interface Simulator {

  /** The simulated service's HTTP surface, relative to its mount point. */
  SimHandler handler();

  /** The faults currently injected; tests add and clear rules. */
  FaultPlan faults();

  /** Counts of requests, outcomes, throttling and injected faults. */
  Counters counters();

  /** Replaces the store's content with the world's (users and their items). */
  void seed(SandboxWorld world);

  /** Empties the store, the faults and the counters, and forgets throttling state. */
  void reset();
}
