package org.exsync.sandbox.ews.throttle;

/**
 * The limits the simulator enforces. Defaults follow Exchange Online's default throttling policy;
 * see sandbox/EWS-THROTTLING.md for the sources.
 *
 * @param maxConcurrency requests one budget owner may have in flight (EwsMaxConcurrency, 27); one
 *     more is ErrorExceededConnectionCount
 * @param maxBurstMillis the budget's size: server time an owner may spend in a burst (EwsMaxBurst)
 * @param rechargeMillisPerHour server time restored per hour of wall time (EwsRechargeRate)
 * @param delayUpToMillis a request arriving while the budget is negative is held up to this long
 *     for the budget to recover (Exchange delays before it rejects); beyond it, ErrorServerBusy
 * @param costPerRequestMillis the server time charged for every request
 * @param costPerItemMillis the server time charged per item read or written
 * @param itemsPerRequest items a GetItem or CreateItem opens before the rest fail with
 *     ErrorTooManyObjectsOpened
 * @param findCountLimit most items one FindItem page returns (EWSFindCountLimit)
 * @param serverMaxInFlight requests the whole server takes at once before IIS answers 503
 * @param basicChargesImpersonated Basic service accounts spend the impersonated mailbox's budget
 *     (true) or their own (false)
 * @param batchTimeLimitMillis the longest a batch runs on the server (a minute on Exchange); items
 *     the latency model would reach later fail with ErrorTimeoutExpired
 */
public record ThrottlingPolicy(
    int maxConcurrency,
    long maxBurstMillis,
    long rechargeMillisPerHour,
    long delayUpToMillis,
    double costPerRequestMillis,
    double costPerItemMillis,
    int itemsPerRequest,
    int findCountLimit,
    int serverMaxInFlight,
    boolean basicChargesImpersonated,
    long batchTimeLimitMillis) {

  /** Exchange Online's defaults. */
  public static final ThrottlingPolicy EXCHANGE_ONLINE =
      new ThrottlingPolicy(27, 300_000, 900_000, 500, 20, 2, 500, 1000, 1000, true, 60_000);

  /** No limit is ever reached: for benchmarks of the simulator itself. */
  public static final ThrottlingPolicy UNLIMITED =
      new ThrottlingPolicy(
          Integer.MAX_VALUE,
          Long.MAX_VALUE / 4,
          Long.MAX_VALUE / 4,
          0,
          0,
          0,
          Integer.MAX_VALUE,
          Integer.MAX_VALUE,
          Integer.MAX_VALUE,
          true,
          Long.MAX_VALUE);

  public ThrottlingPolicy {
    if (maxConcurrency < 1
        || maxBurstMillis < 1
        || rechargeMillisPerHour < 1
        || delayUpToMillis < 0
        || costPerRequestMillis < 0
        || costPerItemMillis < 0
        || itemsPerRequest < 1
        || findCountLimit < 1
        || serverMaxInFlight < 1
        || batchTimeLimitMillis < 1) {
      throw new IllegalArgumentException("Throttling limits must be positive: " + this);
    }
  }

  public ThrottlingPolicy withBudget(long burstMillis, long rechargePerHour) {
    return new ThrottlingPolicy(
        maxConcurrency,
        burstMillis,
        rechargePerHour,
        delayUpToMillis,
        costPerRequestMillis,
        costPerItemMillis,
        itemsPerRequest,
        findCountLimit,
        serverMaxInFlight,
        basicChargesImpersonated,
        batchTimeLimitMillis);
  }

  public ThrottlingPolicy withCosts(double perRequestMillis, double perItemMillis, long delayUpTo) {
    return new ThrottlingPolicy(
        maxConcurrency,
        maxBurstMillis,
        rechargeMillisPerHour,
        delayUpTo,
        perRequestMillis,
        perItemMillis,
        itemsPerRequest,
        findCountLimit,
        serverMaxInFlight,
        basicChargesImpersonated,
        batchTimeLimitMillis);
  }

  public ThrottlingPolicy withConcurrency(int perOwner, int serverWide) {
    return new ThrottlingPolicy(
        perOwner,
        maxBurstMillis,
        rechargeMillisPerHour,
        delayUpToMillis,
        costPerRequestMillis,
        costPerItemMillis,
        itemsPerRequest,
        findCountLimit,
        serverWide,
        basicChargesImpersonated,
        batchTimeLimitMillis);
  }

  public ThrottlingPolicy withItemsPerRequest(int items) {
    return new ThrottlingPolicy(
        maxConcurrency,
        maxBurstMillis,
        rechargeMillisPerHour,
        delayUpToMillis,
        costPerRequestMillis,
        costPerItemMillis,
        items,
        findCountLimit,
        serverMaxInFlight,
        basicChargesImpersonated,
        batchTimeLimitMillis);
  }

  /** The limits of before batches had a time limit, with Exchange's minute. */
  public ThrottlingPolicy(
      int maxConcurrency,
      long maxBurstMillis,
      long rechargeMillisPerHour,
      long delayUpToMillis,
      double costPerRequestMillis,
      double costPerItemMillis,
      int itemsPerRequest,
      int findCountLimit,
      int serverMaxInFlight,
      boolean basicChargesImpersonated) {
    this(
        maxConcurrency,
        maxBurstMillis,
        rechargeMillisPerHour,
        delayUpToMillis,
        costPerRequestMillis,
        costPerItemMillis,
        itemsPerRequest,
        findCountLimit,
        serverMaxInFlight,
        basicChargesImpersonated,
        60_000);
  }

  public ThrottlingPolicy withBatchTimeLimit(long millis) {
    return new ThrottlingPolicy(
        maxConcurrency,
        maxBurstMillis,
        rechargeMillisPerHour,
        delayUpToMillis,
        costPerRequestMillis,
        costPerItemMillis,
        itemsPerRequest,
        findCountLimit,
        serverMaxInFlight,
        basicChargesImpersonated,
        millis);
  }

  /**
   * How many items of a batch the server reaches within its time limit, when each item takes {@code
   * perItemMillis} after {@code perRequestMillis}.
   */
  public int itemsWithinTimeLimit(double perRequestMillis, double perItemMillis) {
    if (perItemMillis <= 0) {
      return Integer.MAX_VALUE;
    }
    double items = (batchTimeLimitMillis - perRequestMillis) / perItemMillis;
    return (int) Math.max(0, Math.min(Integer.MAX_VALUE, Math.floor(items)));
  }

  /** The server time a request touching this many items costs. */
  long cost(int items) {
    return Math.round(costPerRequestMillis + costPerItemMillis * Math.max(0, items));
  }
}
