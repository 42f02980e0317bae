package org.exsync.application.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * How urgently a link wants its run: since when it waits (its due time) and whether changes are
 * known to wait for it (a webhook, an admin's "sync now").
 */
public record Urgency(long linkId, boolean requested, Instant waitingSince) {

  public Urgency {
    Objects.requireNonNull(waitingSince, "waitingSince");
  }

  /**
   * The fair order of links: requested links first, then those waiting longest. A requested link is
   * treated as if it had waited the head start longer, so a link without requests that waited more
   * than the head start still goes before new requests: none starves, however many requests arrive.
   */
  public static Comparator<Urgency> fairOrder(Duration headStart) {
    Objects.requireNonNull(headStart, "headStart");
    Comparator<Urgency> byEffectiveWait =
        Comparator.comparing(u -> u.requested ? u.waitingSince.minus(headStart) : u.waitingSince);
    return byEffectiveWait.thenComparing(u -> !u.requested).thenComparingLong(Urgency::linkId);
  }
}
