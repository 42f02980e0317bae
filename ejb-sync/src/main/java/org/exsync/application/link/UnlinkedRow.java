package org.exsync.application.link;

import java.time.Instant;
import java.util.Optional;
import org.exsync.domain.link.SyncedItems;
import org.exsync.domain.link.Unlinking;

/**
 * A user who was unlinked, as the run history shows it above the runs the link left behind.
 *
 * @param itemsRemoved how many synced items the removal took out of the mailbox; empty when they
 *     were kept or the removal is not done
 */
public record UnlinkedRow(
    long linkId,
    String associateName,
    String mailbox,
    Instant unlinkedAt,
    String unlinkedBy,
    SyncedItems syncedItems,
    Optional<Integer> itemsRemoved) {

  /** What became of the synced items, in plain words. */
  public String itemsOutcome() {
    if (syncedItems == SyncedItems.KEEP) {
      return "Kept in the mailbox and in SuperOffice";
    }
    return itemsRemoved
        .map(count -> count + " items Exsync had put in the mailbox were removed")
        .orElse("Being removed from the mailbox");
  }

  static UnlinkedRow of(Unlinking unlinking) {
    return new UnlinkedRow(
        unlinking.getLinkId(),
        unlinking.getAssociateName(),
        unlinking.getMailboxSmtp(),
        unlinking.getRequestedAt(),
        unlinking.getRequestedBy(),
        unlinking.getSyncedItems(),
        unlinking.getItemsRemoved());
  }
}
