package org.exsync.application.scheduling;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/** One tick of a rank: claim what is due, up to the rank's capacity, and hand it to the runs. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RankTick {

  @Inject private RunDispatcher dispatcher;
  @Inject private LinkClaimer claimer;

  /** How many links the tick claimed; none when no {@link LinkRun} is deployed. */
  public int tick(long rankId) {
    if (dispatcher.linkRun().isEmpty()) {
      return 0;
    }
    List<QueuedRun> claimed =
        claimer.claimDue(rankId, dispatcher.inHand(rankId), dispatcher.instance());
    dispatcher.offer(rankId, claimed);
    return claimed.size();
  }
}
