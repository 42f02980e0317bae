package org.exsync.infrastructure.superoffice.http;

/**
 * Keeps one tenant's calls at or below a number a second by spacing them evenly: each call reserves
 * the next free slot and waits for it. Spacing, unlike a burst window, never lets two callers of
 * the same second exceed the limit together. Each gap is 5 % longer than the limit needs, so that
 * requests arriving a little early or late at the server still fit its window. Thread-safe; nobody
 * sleeps holding the lock.
 */
public final class ClientRateLimiter {

  private final long intervalNanos;
  private long nextFree = Long.MIN_VALUE;

  public ClientRateLimiter(int callsPerSecond) {
    if (callsPerSecond < 1) {
      throw new IllegalArgumentException(
          "callsPerSecond must be at least 1, got " + callsPerSecond);
    }
    this.intervalNanos = 1_050_000_000L / callsPerSecond;
  }

  /** Waits until this call may go; false if the thread was interrupted while waiting. */
  public boolean acquire() {
    long slot;
    synchronized (this) {
      long now = System.nanoTime();
      slot = nextFree == Long.MIN_VALUE || nextFree - now < 0 ? now : nextFree;
      nextFree = slot + intervalNanos;
    }
    long wait = slot - System.nanoTime();
    if (wait <= 0) {
      return true;
    }
    try {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
