package org.exsync.application.invitation;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.exsync.domain.invitation.Invitation;
import org.exsync.domain.invitation.InvitationRepository;
import org.exsync.infrastructure.mail.MailFailure;
import org.exsync.infrastructure.mail.MailSender;

/**
 * Sends one queued invitation mail in a transaction of its own, so that one failing address never
 * holds up the others. A passing failure is tried again after 1, 5, 15 and 60 minutes; a permanent
 * one (a 5xx reply, an invalid address) and the fifth failure stay failed with the server's reason.
 */
@Stateless
public class InvitationDelivery {

  static final List<Duration> RETRIES =
      List.of(
          Duration.ofMinutes(1),
          Duration.ofMinutes(5),
          Duration.ofMinutes(15),
          Duration.ofHours(1));

  private static final Logger LOG = Logger.getLogger(InvitationDelivery.class.getName());

  @Inject private InvitationRepository invitations;
  @Inject private MailComposer composer;
  @Inject private MailSender sender;
  @Inject private Clock clock;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void deliver(long invitationId) {
    Instant now = clock.instant();
    Invitation invitation = invitations.lockById(invitationId).orElse(null);
    if (invitation == null || !invitation.isMailDueAt(now)) {
      return;
    }
    if (invitation.isExpiredAt(now)) {
      invitation.expire(now);
      return;
    }
    try {
      sender.send(composer.compose(invitation));
      invitation.markSent(now);
      LOG.info(() -> "Invitation " + invitationId + " mailed to " + invitation.getEmail());
    } catch (MailFailure e) {
      int tries = invitation.getMailQueue().attempts();
      Instant retryAt =
          e.isPermanent() || tries >= RETRIES.size() ? null : now.plus(RETRIES.get(tries));
      invitation.markFailed(e.getMessage(), now, retryAt);
      LOG.warning(
          () ->
              "Invitation "
                  + invitationId
                  + " to "
                  + invitation.getEmail()
                  + " was not mailed: "
                  + e.getMessage()
                  + (retryAt == null ? "; not tried again" : "; next try at " + retryAt));
    }
  }
}
