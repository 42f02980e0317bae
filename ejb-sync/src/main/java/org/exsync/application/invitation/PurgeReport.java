package org.exsync.application.invitation;

import java.util.List;

/**
 * What "Delete registration" removed and kept.
 *
 * @param invitationsRemoved how many invitations were deleted
 * @param grantsRemoved the mailboxes whose stored consent was deleted (nobody is linked to them)
 * @param grantsKept the mailboxes whose consent was kept because a sync link uses it
 */
public record PurgeReport(
    int invitationsRemoved, List<String> grantsRemoved, List<String> grantsKept) {

  public PurgeReport {
    grantsRemoved = List.copyOf(grantsRemoved);
    grantsKept = List.copyOf(grantsKept);
  }
}
