package org.exsync.application.scheduling;

import java.time.Duration;
import java.util.Objects;

/**
 * How the throttle governor treats each budget owner.
 *
 * @param maxConcurrency the most runs one Exchange owner has at once (Microsoft advises at most ten
 *     open requests; EWSMaxConcurrency is 27, 10 on Exchange 2010)
 * @param crmConcurrency the most runs the SuperOffice tenant has at once. SuperOffice limits the
 *     calls a second, which the adapter paces, not the requests open, and every run of the server
 *     spends that one tenant, so this is how many links a server runs at once: 40 by default
 * @param decreaseFactor the share of its window an owner keeps when throttled (multiplicative
 *     decrease), between 0 and 1
 * @param defaultBackOff how long an owner pauses when a throttling answer names no back-off
 * @param requestHeadStart how much longer a link with announced changes counts as waiting
 */
public record GovernorSettings(
    int maxConcurrency,
    int crmConcurrency,
    double decreaseFactor,
    Duration defaultBackOff,
    Duration requestHeadStart) {

  public static final GovernorSettings DEFAULTS =
      new GovernorSettings(10, 40, 0.5, Duration.ofSeconds(5), Duration.ofMinutes(5));

  public GovernorSettings {
    if (maxConcurrency < 1) {
      throw new IllegalArgumentException(
          "maxConcurrency must be at least 1, got " + maxConcurrency);
    }
    if (crmConcurrency < 1) {
      throw new IllegalArgumentException(
          "crmConcurrency must be at least 1, got " + crmConcurrency);
    }
    if (!(decreaseFactor > 0 && decreaseFactor < 1)) {
      throw new IllegalArgumentException(
          "decreaseFactor must lie between 0 and 1, got " + decreaseFactor);
    }
    Objects.requireNonNull(defaultBackOff, "defaultBackOff");
    Objects.requireNonNull(requestHeadStart, "requestHeadStart");
  }

  /** The cap of that owner: the SuperOffice tenant's, or an Exchange owner's. */
  public int capOf(BudgetOwner owner) {
    return owner.isSuperOffice() ? crmConcurrency : maxConcurrency;
  }

  /** The most runs that can go at once for links that share their Exchange owner, or not. */
  public int mostAtOnce() {
    return Math.max(maxConcurrency, crmConcurrency);
  }
}
