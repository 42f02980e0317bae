package org.exsync.domain.run;

import java.time.Duration;

/** How long the finished runs of one link took over a period. */
public record LinkRunTimes(
    long linkId,
    String associateName,
    String mailbox,
    long runs,
    Duration average,
    Duration longest) {}
