package org.exsync.engine.plan;

import org.exsync.engine.item.CanonicalItem;
import org.exsync.engine.store.ConflictOutcome;

/**
 * How a conflict is settled: what to write to each side, if anything.
 *
 * @param outcome what was kept; null when both sides already hold the same content
 * @param toCrm the content to write to SuperOffice, or null to leave it
 * @param toExchange the content to write to Exchange, or null to leave it
 */
public record Resolution(ConflictOutcome outcome, CanonicalItem toCrm, CanonicalItem toExchange) {

  public static final Resolution SAME = new Resolution(null, null, null);

  public boolean isConflict() {
    return outcome != null;
  }

  /** The content both sides hold after the writes. */
  public CanonicalItem result(CanonicalItem crm, CanonicalItem exchange) {
    if (toExchange != null) {
      return toExchange;
    }
    return toCrm != null ? toCrm : crm;
  }
}
