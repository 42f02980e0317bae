package org.exsync.application.invitation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.exsync.domain.invitation.Invitation;
import org.exsync.domain.invitation.InvitationRepository;

/** Works off the mail queue and expires invitations that ran out; called by the consent timer. */
@Stateless
public class InvitationMailer {

  static final int BATCH = 100;

  @Inject private InvitationRepository invitations;
  @Inject private InvitationDelivery delivery;
  @Inject private Clock clock;

  /** Sends what is due, each in its own transaction; returns how many were tried. */
  public int sendDue() {
    List<Long> due =
        invitations.listMailDueAt(clock.instant(), BATCH).stream().map(Invitation::getId).toList();
    due.forEach(delivery::deliver);
    return due.size();
  }

  /** Marks the invitations whose time ran out as expired. */
  public int expireDue() {
    List<Invitation> expired = invitations.listOpenExpiredAt(clock.instant());
    expired.forEach(invitation -> invitation.expire(clock.instant()));
    return expired.size();
  }
}
