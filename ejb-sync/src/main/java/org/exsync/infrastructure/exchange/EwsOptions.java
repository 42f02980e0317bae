package org.exsync.infrastructure.exchange;

import java.time.Duration;
import java.util.Objects;

/**
 * How the EWS adapter talks to Exchange.
 *
 * @param timeout connect and read timeout of each request; Exchange runs a batch at most a minute
 * @param batchSize items per GetItem, CreateItem, UpdateItem or DeleteItem to start with; a session
 *     lowers it when Exchange answers ErrorTimeoutExpired or ErrorTooManyObjectsOpened
 * @param pageSize changes per SyncFolderItems page, 1 to 512
 * @param defaultBackoff the pause Exsync asks for when Exchange throttles without saying how long
 * @param maxInlineBackoff back-offs up to this long are waited out within the call and the request
 *     sent again; longer ones end the call as THROTTLED, so the scheduler pauses the mailbox
 * @param maxInlineWaits how often one request may be waited out and sent again
 * @param idleLimit how long a kept-alive connection may carry nothing before it is closed rather
 *     than used again: below the server's own limit (IIS 120 s; the JDK's server 30 s), since a
 *     mailbox's connection idles while its link waits for SuperOffice
 */
public record EwsOptions(
    Duration timeout,
    int batchSize,
    int pageSize,
    Duration defaultBackoff,
    Duration maxInlineBackoff,
    int maxInlineWaits,
    Duration idleLimit) {

  /** Exchange's limits as DESIGN.md section 7 gives them. */
  public static final EwsOptions DEFAULTS =
      new EwsOptions(
          Duration.ofSeconds(90),
          100,
          512,
          Duration.ofSeconds(10),
          Duration.ofSeconds(30),
          3,
          Duration.ofSeconds(15));

  public EwsOptions {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(defaultBackoff, "defaultBackoff");
    Objects.requireNonNull(maxInlineBackoff, "maxInlineBackoff");
    Objects.requireNonNull(idleLimit, "idleLimit");
    if (idleLimit.isNegative()) {
      throw new IllegalArgumentException("idleLimit must not be negative: " + idleLimit);
    }
    if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("timeout must be positive and below 24 days: " + timeout);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
    }
    if (pageSize < 1 || pageSize > 512) {
      throw new IllegalArgumentException("pageSize must be from 1 to 512, got " + pageSize);
    }
    if (defaultBackoff.isNegative() || maxInlineBackoff.isNegative() || maxInlineWaits < 0) {
      throw new IllegalArgumentException(
          "Back-offs and waits must not be negative: "
              + defaultBackoff
              + ", "
              + maxInlineBackoff
              + ", "
              + maxInlineWaits);
    }
  }

  public EwsOptions withBatchSize(int size) {
    return new EwsOptions(
        timeout, size, pageSize, defaultBackoff, maxInlineBackoff, maxInlineWaits, idleLimit);
  }

  public EwsOptions withTimeout(Duration newTimeout) {
    return new EwsOptions(
        newTimeout,
        batchSize,
        pageSize,
        defaultBackoff,
        maxInlineBackoff,
        maxInlineWaits,
        idleLimit);
  }

  public EwsOptions withInlineWaits(Duration maxBackoff, int waits) {
    return new EwsOptions(
        timeout, batchSize, pageSize, defaultBackoff, maxBackoff, waits, idleLimit);
  }

  public EwsOptions withIdleLimit(Duration limit) {
    return new EwsOptions(
        timeout, batchSize, pageSize, defaultBackoff, maxInlineBackoff, maxInlineWaits, limit);
  }

  public EwsOptions withDefaultBackoff(Duration backoff) {
    return new EwsOptions(
        timeout, batchSize, pageSize, backoff, maxInlineBackoff, maxInlineWaits, idleLimit);
  }
}
