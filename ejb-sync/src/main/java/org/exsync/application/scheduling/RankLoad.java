package org.exsync.application.scheduling;

import java.time.Instant;
import java.util.Optional;

/**
 * How busy a rank is, for the admin pages: its links by state in the database, and what this
 * server's timer and governor did with it.
 *
 * @param due links a tick could claim now
 * @param running links claimed by a server (queued or running)
 * @param throttledLastHour runs of the rank's links Exchange or SuperOffice throttled in the last
 *     hour
 * @param failedLastHour runs that failed in the last hour
 * @param capacity how many runs the rank may hold on one server at once
 * @param inHand runs of the rank this server holds now
 * @param ticks ticks of the rank on this server since it started
 * @param lastTickAt the latest of them
 * @param nextTickAt when the rank's timer fires next; empty when it has none
 */
public record RankLoad(
    long rankId,
    String name,
    int intervalSeconds,
    int capacitySharePercent,
    long links,
    long due,
    long running,
    long needsReauthentication,
    long paused,
    long failed,
    long throttledLastHour,
    long failedLastHour,
    int capacity,
    int inHand,
    long ticks,
    Optional<Instant> lastTickAt,
    Optional<Instant> nextTickAt) {}
