package org.exsync.application.link;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.exsync.domain.link.ConflictPolicy;
import org.exsync.domain.link.LinkState;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.shared.ItemKind;

/**
 * A linked user as the admin's table shows it: who, which mailbox, what it syncs, and its live run
 * state. The version is the one the admin's edit is checked against.
 */
public record LinkRow(
    long linkId,
    long version,
    long associateId,
    String associateName,
    String mailbox,
    Set<ItemKind> itemKinds,
    Set<Integer> contactSelections,
    long rankId,
    String rankName,
    int pastDays,
    int futureDays,
    ConflictPolicy conflictPolicy,
    boolean enabled,
    LinkState state,
    Optional<Instant> lastRunAt,
    Instant nextRunAt,
    Optional<String> lastError,
    boolean removalPending) {

  static LinkRow of(SyncLink link, boolean removalPending) {
    return new LinkRow(
        link.getId(),
        link.getVersion(),
        link.getAssociate().getId(),
        link.getAssociate().getName(),
        link.getMailbox().getSmtpAddress(),
        link.itemKinds(),
        link.contactSelections(),
        link.getRank().getId(),
        link.getRank().getName(),
        link.getSyncWindowPastDays(),
        link.getSyncWindowFutureDays(),
        link.getConflictPolicy(),
        link.isEnabled(),
        link.getState(),
        link.getSchedule().getLastRunAt(),
        link.getSchedule().getNextRunAt(),
        link.getSchedule().getLastError(),
        removalPending);
  }

  /** Whether the row belongs under "with errors": a failed run, a broken grant or a pause. */
  public boolean hasError() {
    return lastError.isPresent()
        || state == LinkState.FAILED
        || state == LinkState.NEEDS_REAUTHENTICATION
        || state == LinkState.PAUSED;
  }

  public LinkSettings settings() {
    return new LinkSettings(
        itemKinds, contactSelections, rankId, pastDays, futureDays, conflictPolicy);
  }
}
