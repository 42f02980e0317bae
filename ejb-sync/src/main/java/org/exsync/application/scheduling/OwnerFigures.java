package org.exsync.application.scheduling;

import java.time.Instant;
import java.util.Optional;

/**
 * One budget owner as the governor sees it now, for the admin pages.
 *
 * @param window how many runs the owner may have at once now (AIMD: grows by one per window of
 *     completed runs, shrinks when throttled)
 * @param running runs of the owner going now
 * @param pausedUntil until when the owner rests after a back-off; empty when it does not
 * @param completed runs that completed since the server started
 * @param throttled throttling answers since the server started
 * @param lastThrottledAt the latest throttling answer
 */
public record OwnerFigures(
    BudgetOwner owner,
    double window,
    int running,
    Optional<Instant> pausedUntil,
    long completed,
    long throttled,
    Optional<Instant> lastThrottledAt) {}
