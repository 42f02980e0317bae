package org.exsync.domain.run;

import java.time.Duration;
import java.time.Instant;

/**
 * How often the runs of one link ended throttled over a period.
 *
 * @param backOff the back-offs the throttled runs were asked for, added up
 * @param lastThrottledAt when the latest of them started
 */
public record LinkThrottling(
    long linkId,
    String associateName,
    String mailbox,
    long throttledRuns,
    Duration backOff,
    Instant lastThrottledAt) {}
