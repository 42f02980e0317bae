package org.exsync.sandbox.http;

/**
 * A simulator's whole HTTP surface. Implementations are called from many threads at once and must
 * never throw for bad input: they answer as the simulated service would.
 */
@FunctionalInterface
public interface SimHandler {

  SimResponse handle(SimRequest request);
}
