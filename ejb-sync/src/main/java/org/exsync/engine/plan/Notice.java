package org.exsync.engine.plan;

import org.exsync.domain.run.Side;

/**
 * A change the planner deliberately left alone or overruled, so the item's history can say why it
 * did not sync the way the change asked.
 *
 * @param kind what the planner did
 * @param side the side whose change it was
 * @param crmId the SuperOffice id, or null when the item is new in Exchange
 * @param exchangeId the Exchange id, or null when the item is new in SuperOffice
 * @param title the item's title
 */
public record Notice(Kind kind, Side side, String crmId, String exchangeId, String title) {

  /** What the planner did with a change. */
  public enum Kind {
    /** The change was Exsync's own write coming back. */
    ECHO,
    /** A new item outside the sync window, not synced. */
    OUTSIDE_WINDOW,
    /** An edit or deletion of a booking's copy, undone from (or following) the organizer. */
    BOOKING_EDIT_REJECTED
  }
}
