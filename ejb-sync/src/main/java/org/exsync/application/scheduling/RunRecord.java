package org.exsync.application.scheduling;

import java.time.Instant;
import java.util.Optional;
import org.exsync.domain.run.RunCounts;
import org.exsync.domain.run.RunOutcome;
import org.exsync.domain.run.RunTrigger;

/** One run of a link as the admin pages list it. */
public record RunRecord(
    long runId,
    long linkId,
    RunTrigger trigger,
    Instant startedAt,
    Optional<Instant> finishedAt,
    RunOutcome outcome,
    RunCounts counts,
    Optional<String> message) {}
