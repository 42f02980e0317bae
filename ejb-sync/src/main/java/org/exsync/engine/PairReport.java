package org.exsync.engine;

import java.util.List;
import org.exsync.engine.store.Alert;
import org.exsync.engine.store.PairKey;

/**
 * What a run did in one sync pair.
 *
 * @param pair the pair
 * @param status how it ended
 * @param crm what was done to SuperOffice
 * @param exchange what was done to Exchange
 * @param conflicts conflicts decided, each recorded in the store
 * @param echoesSkipped changes that were Exsync's own writes coming back
 * @param failures items that failed, with their reasons
 * @param skipped items that could not be read (unreadable on their side), with their reasons
 * @param alerts alerts raised
 */
public record PairReport(
    PairKey pair,
    PairStatus status,
    SideCounts crm,
    SideCounts exchange,
    int conflicts,
    int echoesSkipped,
    List<ItemFailure> failures,
    List<ItemFailure> skipped,
    List<Alert> alerts) {

  public PairReport {
    failures = List.copyOf(failures);
    skipped = List.copyOf(skipped);
    alerts = List.copyOf(alerts);
  }

  /** A pair the run did not get to. */
  public static PairReport notRun(PairKey pair) {
    return new PairReport(
        pair,
        PairStatus.NOT_RUN,
        SideCounts.NONE,
        SideCounts.NONE,
        0,
        0,
        List.of(),
        List.of(),
        List.of());
  }
}
