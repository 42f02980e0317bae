package org.exsync.sandbox.ews.throttle;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.exsync.sandbox.ews.soap.EwsFault;

/**
 * The throttling state of the whole server: budgets by owner and the requests in flight. A request
 * is admitted ({@link #admit}), runs, and is then charged ({@link Admission#close}).
 */
public final class Budgets {

  private final Map<String, Budget> budgets = new ConcurrentHashMap<>();
  private final AtomicInteger serverInFlight = new AtomicInteger();
  private final Clock clock;
  private final Supplier<ThrottlingPolicy> policy;

  public Budgets(Clock clock, Supplier<ThrottlingPolicy> policy) {
    this.clock = clock;
    this.policy = policy;
  }

  /** Counts a request against the server; false when IIS would queue it and answer 503. */
  public boolean enterServer() {
    if (serverInFlight.incrementAndGet() > policy.get().serverMaxInFlight()) {
      serverInFlight.decrementAndGet();
      return false;
    }
    return true;
  }

  public void leaveServer() {
    serverInFlight.decrementAndGet();
  }

  /**
   * Admits a request of a budget owner, holding it while a small deficit recharges.
   *
   * @throws EwsFault ErrorExceededConnectionCount or ErrorServerBusy with BackOffMilliseconds
   */
  public Admission admit(String owner) {
    ThrottlingPolicy limits = policy.get();
    Budget budget =
        budgets.computeIfAbsent(owner, o -> new Budget(limits.maxBurstMillis(), clock.millis()));
    double balance = budget.balance(limits, clock.millis());
    if (balance < 0) {
      long backOff = (long) Math.ceil(-balance * 3_600_000.0 / limits.rechargeMillisPerHour());
      if (backOff > limits.delayUpToMillis()) {
        throw EwsFault.withValues(
            "ErrorServerBusy",
            "The server cannot service this request right now. Try again later.",
            Map.of("BackOffMilliseconds", String.valueOf(backOff)));
      }
      sleep(backOff);
    }
    if (!budget.enter(limits.maxConcurrency())) {
      throw EwsFault.of(
          "ErrorExceededConnectionCount",
          "You have exceeded the available concurrent connections for your account. Try again once"
              + " your other requests have completed.");
    }
    return new Admission(budget, limits);
  }

  /** Forgets all budgets. */
  public void reset() {
    budgets.clear();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** An admitted request; closing it charges the budget. */
  public static final class Admission {
    private final Budget budget;
    private final ThrottlingPolicy limits;

    Admission(Budget budget, ThrottlingPolicy limits) {
      this.budget = budget;
      this.limits = limits;
    }

    /** Charges the modelled cost of the items plus the time the request was held. */
    public void close(int items, long heldMillis) {
      budget.leave(limits.cost(items) + heldMillis);
    }
  }
}
