package org.exsync.sandbox.ews.throttle;

/**
 * One budget owner's balance of server time and requests in flight. The balance starts full, is
 * charged after each request, and recharges linearly up to the burst size, as Exchange's budgets
 * do.
 */
final class Budget {

  private double balance;
  private long updatedAt;
  private int inFlight;

  Budget(double balance, long now) {
    this.balance = balance;
    this.updatedAt = now;
  }

  /** Recharges to {@code now} and answers the balance. */
  synchronized double balance(ThrottlingPolicy policy, long now) {
    double perMilli = policy.rechargeMillisPerHour() / 3_600_000.0;
    balance = Math.min(policy.maxBurstMillis(), balance + (now - updatedAt) * perMilli);
    updatedAt = now;
    return balance;
  }

  /** Takes a concurrency slot; false when the owner already has the most allowed in flight. */
  synchronized boolean enter(int maxConcurrency) {
    if (inFlight >= maxConcurrency) {
      return false;
    }
    inFlight++;
    return true;
  }

  synchronized void leave(double cost) {
    inFlight--;
    balance -= cost;
  }
}
