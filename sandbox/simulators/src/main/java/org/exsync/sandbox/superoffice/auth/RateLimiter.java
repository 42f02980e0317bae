package org.exsync.sandbox.superoffice.auth;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SuperOffice Online's limit for custom applications: at most so many calls a second per
 * application, counted over a sliding second on the simulator's clock. Zero turns it off.
 */
public final class RateLimiter {

  private final Clock clock;
  private final Map<String, Deque<Long>> calls = new ConcurrentHashMap<>();
  private volatile int perSecond;

  public RateLimiter(Clock clock, int perSecond) {
    this.clock = clock;
    this.perSecond = perSecond;
  }

  public void perSecond(int limit) {
    this.perSecond = limit;
  }

  /** True when the call may go ahead; counts it if so. */
  public boolean admit(String key) {
    int limit = perSecond;
    if (limit <= 0) {
      return true;
    }
    long now = clock.millis();
    Deque<Long> window = calls.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (window) {
      while (!window.isEmpty() && window.peekFirst() <= now - 1000) {
        window.pollFirst();
      }
      if (window.size() >= limit) {
        return false;
      }
      window.addLast(now);
      return true;
    }
  }

  public void clear() {
    calls.clear();
  }
}
