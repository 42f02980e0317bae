package org.exsync.engine;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.exsync.domain.link.ConflictPolicy;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.port.SyncWindow;

/**
 * A link's settings as one run needs them.
 *
 * @param linkId the SyncLink's id
 * @param associateId the SuperOffice associate
 * @param mailboxAddress the mailbox's SMTP address: a meeting organized by any other address is a
 *     booking of someone else's
 * @param kinds the item kinds kept in step; at least one
 * @param window the span of diary items and tasks kept in step
 * @param conflictPolicy who wins when both sides changed the same fields
 * @param bookingPolicy what happens to edits of a booking on the side that is not the organizer's
 * @param massDeletePercent a run that would delete more than this share (1 to 100) of a side's
 *     mapped items of a pair deletes none and raises an alert
 * @param ownContacts whether the associate's own contacts are kept in the default contacts folder
 * @param selections selections kept as contacts folders of their own
 */
public record LinkSettings(
    long linkId,
    int associateId,
    String mailboxAddress,
    Set<ItemKind> kinds,
    SyncWindow window,
    ConflictPolicy conflictPolicy,
    BookingPolicy bookingPolicy,
    int massDeletePercent,
    boolean ownContacts,
    List<SelectionFolder> selections) {

  public static final int DEFAULT_MASS_DELETE_PERCENT = 20;

  public LinkSettings {
    if (associateId < 1) {
      throw new IllegalArgumentException("associateId must be at least 1, got " + associateId);
    }
    Objects.requireNonNull(mailboxAddress, "mailboxAddress");
    if (kinds == null || kinds.isEmpty()) {
      throw new IllegalArgumentException("A link keeps at least one item kind in step");
    }
    kinds = Set.copyOf(EnumSet.copyOf(kinds));
    Objects.requireNonNull(window, "window");
    conflictPolicy = conflictPolicy == null ? ConflictPolicy.LAST_MODIFIED_WINS : conflictPolicy;
    bookingPolicy = bookingPolicy == null ? BookingPolicy.REJECT_AND_RESTORE : bookingPolicy;
    if (massDeletePercent < 1 || massDeletePercent > 100) {
      throw new IllegalArgumentException(
          "massDeletePercent must be between 1 and 100, got " + massDeletePercent);
    }
    selections = selections == null ? List.of() : List.copyOf(selections);
  }
}
