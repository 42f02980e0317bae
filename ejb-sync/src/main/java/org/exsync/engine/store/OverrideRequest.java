package org.exsync.engine.store;

import java.time.Instant;
import java.util.Objects;
import org.exsync.domain.run.Side;

/**
 * An admin's choice to take one side's version of a recorded conflict instead of what the policy
 * kept. The pair's next run writes that version to both sides, unless the item changed again since
 * the conflict: then the newer change stands and the override is refused.
 *
 * @param conflictId the recorded conflict's id in the store
 * @param crmId the SuperOffice id of the item
 * @param take the side whose version the admin took
 * @param crmSnapshot SuperOffice's version at the conflict, as {@code ItemSnapshots} writes it
 * @param exchangeSnapshot Exchange's version at the conflict, likewise
 * @param conflictAt when the conflict was decided; a pair synced after it changed again
 */
public record OverrideRequest(
    long conflictId,
    String crmId,
    Side take,
    String crmSnapshot,
    String exchangeSnapshot,
    Instant conflictAt) {

  public OverrideRequest {
    Objects.requireNonNull(crmId, "crmId");
    Objects.requireNonNull(take, "take");
    Objects.requireNonNull(crmSnapshot, "crmSnapshot");
    Objects.requireNonNull(exchangeSnapshot, "exchangeSnapshot");
    Objects.requireNonNull(conflictAt, "conflictAt");
  }

  /** The version the admin took. */
  public String chosenSnapshot() {
    return take == Side.CRM ? crmSnapshot : exchangeSnapshot;
  }
}
