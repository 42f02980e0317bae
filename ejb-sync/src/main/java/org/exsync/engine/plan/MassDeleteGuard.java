package org.exsync.engine.plan;

import java.time.Instant;
import java.util.Optional;
import org.exsync.domain.run.Side;
import org.exsync.engine.store.Alert;

/**
 * Stops a pair whose plan would delete more than the link's share of a side's mapped items: a
 * broken filter or an emptied folder looks like mass deletion, and nothing is lost by waiting for
 * an admin. A plan that deletes at most {@value #ALWAYS_ALLOWED} items of a side passes, since in a
 * pair of a few items one deletion is already a large share.
 */
public final class MassDeleteGuard {

  static final int ALWAYS_ALLOWED = 2;

  private MassDeleteGuard() {}

  /** The alert to raise instead of applying the plan, if the plan deletes too much. */
  public static Optional<Alert> check(Plan plan, int mapped, int percent, Instant now) {
    int inCrm = (int) plan.count(Decision.DELETE_IN_CRM);
    int inExchange =
        (int) (plan.count(Decision.DELETE_IN_EXCHANGE) + plan.count(Decision.REMOVE_FROM_FOLDER));
    if (tooMany(inExchange, mapped, percent)) {
      return Optional.of(alert(Side.EXCHANGE, inExchange, mapped, percent, now));
    }
    if (tooMany(inCrm, mapped, percent)) {
      return Optional.of(alert(Side.CRM, inCrm, mapped, percent, now));
    }
    return Optional.empty();
  }

  private static boolean tooMany(int deletions, int mapped, int percent) {
    return deletions > ALWAYS_ALLOWED && deletions * 100L > (long) percent * mapped;
  }

  private static Alert alert(Side side, int deletions, int mapped, int percent, Instant now) {
    String system = side == Side.CRM ? "SuperOffice" : "Exchange";
    return new Alert(
        side,
        deletions,
        mapped,
        "This run would have deleted "
            + deletions
            + " of "
            + mapped
            + " synced items in "
            + system
            + ", more than the link's limit of "
            + percent
            + " %. Nothing was deleted or changed. Check the other side for a lost folder or a"
            + " changed filter; if the deletions are intended, raise the link's limit for one run.",
        now);
  }
}
