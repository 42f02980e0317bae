package org.exsync.application.scheduling;

import java.time.Instant;
import java.util.Optional;
import org.exsync.domain.link.LinkState;
import org.exsync.domain.link.SyncLink;

/** A linked user as the Ranks page lists it under its rank. */
public record RankMember(
    long linkId,
    long rankId,
    String associateName,
    String mailbox,
    LinkState state,
    Optional<Instant> lastRunAt) {

  static RankMember of(SyncLink link) {
    return new RankMember(
        link.getId(),
        link.getRank().getId(),
        link.getAssociate().getName(),
        link.getMailbox().getSmtpAddress(),
        link.getState(),
        link.getSchedule().getLastRunAt());
  }
}
