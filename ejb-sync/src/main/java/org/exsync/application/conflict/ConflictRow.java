package org.exsync.application.conflict;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import org.exsync.domain.link.ConflictPolicy;
import org.exsync.domain.mapping.OverrideState;
import org.exsync.domain.mapping.SyncConflict;
import org.exsync.domain.run.Side;
import org.exsync.domain.shared.ItemKind;

/**
 * One recorded conflict as the admin's table lists it.
 *
 * @param id the conflict's id
 * @param linkId the link it happened in
 * @param user the linked SuperOffice user's name
 * @param mailbox the linked mailbox
 * @param kind diary, task or contact
 * @param title the item's title
 * @param decidedAt when the run settled it
 * @param policy the link's policy that decided
 * @param outcome CRM_KEPT, EXCHANGE_KEPT or MERGED
 * @param overrideState where an admin's override stands; null when nobody overrode it
 * @param overrideSide the version the admin took; null without an override
 * @param overriddenBy who overrode it; null without an override
 * @param overrideNote how the run settled the override; null until it did
 * @param version the conflict's version, which an override must name
 */
public record ConflictRow(
    long id,
    long linkId,
    String user,
    String mailbox,
    ItemKind kind,
    String title,
    Instant decidedAt,
    ConflictPolicy policy,
    String outcome,
    OverrideState overrideState,
    Side overrideSide,
    String overriddenBy,
    String overrideNote,
    long version)
    implements Serializable {

  static ConflictRow of(SyncConflict c, String user, String mailbox) {
    return new ConflictRow(
        c.getId(),
        c.getPair().linkId(),
        user,
        mailbox,
        c.getPair().kind(),
        c.getTitle(),
        c.getDecidedAt(),
        c.getPolicy(),
        c.getOutcome(),
        c.getOverrideState().orElse(null),
        c.getOverrideSide().orElse(null),
        c.getOverriddenBy().orElse(null),
        c.getOverrideNote().orElse(null),
        c.getVersion());
  }

  public boolean overridden() {
    return overrideState != null;
  }

  /** Whether the admin may take this side's version: not overridden yet, and not what was kept. */
  public boolean canTake(Side side) {
    return overrideState == null
        && !(side == Side.CRM ? "CRM_KEPT" : "EXCHANGE_KEPT").equals(outcome);
  }

  public Optional<String> note() {
    return Optional.ofNullable(overrideNote);
  }
}
