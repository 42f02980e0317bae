package org.exsync.application.scheduling;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The ticks each rank's timer took on this server since it started. Thread-safe. */
public final class TickLog {

  /**
   * @param ticks how many ticks ran
   * @param lastAt when the latest ran
   * @param lastClaimed how many links the latest claimed
   */
  public record RankTicks(long ticks, Instant lastAt, int lastClaimed) {}

  private final Map<Long, RankTicks> byRank = new ConcurrentHashMap<>();

  void ticked(long rankId, int claimed, Instant at) {
    byRank.merge(
        rankId,
        new RankTicks(1, at, claimed),
        (old, fresh) -> new RankTicks(old.ticks() + 1, at, claimed));
  }

  public Optional<RankTicks> of(long rankId) {
    return Optional.ofNullable(byRank.get(rankId));
  }
}
