package org.exsync.engine.plan;

import java.util.Objects;
import org.exsync.engine.BookingPolicy;
import org.exsync.engine.port.SyncWindow;
import org.exsync.engine.store.PairKey;

/**
 * What the planner needs to know of the link besides the changes.
 *
 * @param pair the sync pair
 * @param window the sync window; null for contacts
 * @param mailboxAddress the mailbox owner's address, to recognise someone else's bookings
 * @param bookingPolicy what happens to edits of a booking's copy
 */
public record PlanContext(
    PairKey pair, SyncWindow window, String mailboxAddress, BookingPolicy bookingPolicy) {

  public PlanContext {
    Objects.requireNonNull(pair, "pair");
    Objects.requireNonNull(mailboxAddress, "mailboxAddress");
    Objects.requireNonNull(bookingPolicy, "bookingPolicy");
  }

  /** Whether the pair keeps the members of a selection, whose folder SuperOffice decides. */
  public boolean isSelection() {
    return !pair.scope().equals(org.exsync.engine.store.PairKey.DEFAULT_SCOPE);
  }
}
