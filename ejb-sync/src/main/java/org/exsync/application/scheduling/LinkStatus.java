package org.exsync.application.scheduling;

import java.time.Instant;
import java.util.Optional;
import org.exsync.domain.run.RunOutcome;

/**
 * A link's live status, read from the database when asked.
 *
 * @param throttledUntil for {@link LinkActivity#THROTTLED}: when it may run again
 * @param message the error, the reason for a hold, or what the throttling said
 * @param lastSyncAt when its latest run ended
 * @param nextSyncAt when it is due next; empty while it waits for a person
 * @param lastOutcome how its latest run ended (RUNNING while one runs)
 * @param changesPending SuperOffice announced changes no run has taken yet
 * @param syncRequested an admin's "sync now" waits for its run
 */
public record LinkStatus(
    long linkId,
    int associateCrmId,
    String associateName,
    String mailbox,
    long rankId,
    String rankName,
    LinkActivity activity,
    Optional<Instant> throttledUntil,
    Optional<String> message,
    Optional<Instant> lastSyncAt,
    Optional<Instant> nextSyncAt,
    Optional<RunOutcome> lastOutcome,
    boolean changesPending,
    boolean syncRequested) {}
