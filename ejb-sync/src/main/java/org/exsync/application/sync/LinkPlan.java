package org.exsync.application.sync;

import java.util.Set;
import org.exsync.engine.LinkSettings;
import org.exsync.engine.port.MailboxAccess;
import org.exsync.engine.port.Outcome;

/**
 * What one run of a link needs, read before it starts.
 *
 * @param settings the link's settings, without its selection folders (their names come from
 *     SuperOffice during the run)
 * @param selectionIds the selections whose members the link keeps as contacts
 * @param access the way into the mailbox, or why there is none
 * @param removal the user was unlinked with removal of the synced items: the run takes Exsync's
 *     copies out of the mailbox instead of syncing
 */
public record LinkPlan(
    LinkSettings settings,
    Set<Integer> selectionIds,
    Outcome<MailboxAccess> access,
    boolean removal) {

  public LinkPlan {
    selectionIds = Set.copyOf(selectionIds);
  }
}
