package org.exsync.application.token;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.exsync.application.notification.GrantNotifications;
import org.exsync.domain.grant.Grant;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.link.SyncLinkRepository;

/**
 * What follows when a grant stops or starts working again: only the links of its mailbox wait for
 * re-authentication, the admin and the user are told, and after a new consent those links are due
 * at once, so the scheduler's next tick takes them. Nothing is restarted.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class GrantHealth {

  private static final Logger LOG = Logger.getLogger(GrantHealth.class.getName());

  @Inject private SyncLinkRepository links;
  @Inject private GrantNotifications notifications;
  @Inject private Clock clock;

  /** The identity platform refused the grant for good (invalid_grant). */
  public void brokeDown(Grant grant, String reason) {
    Instant now = clock.instant();
    grant.markNeedsReauthentication(reason, now);
    int paused = 0;
    for (SyncLink link : links.listByMailbox(grant.getMailbox())) {
      link.markNeedsReauthentication(reason);
      paused++;
    }
    int count = paused;
    LOG.warning(
        () ->
            "The grant for "
                + grant.getMailbox().getSmtpAddress()
                + " needs re-authentication ("
                + reason
                + "); "
                + count
                + " sync link(s) wait for the user");
    notifications.grantBroke(grant, now);
  }

  /** A new consent replaced the grant's secret. */
  public void restored(Grant grant) {
    Instant now = clock.instant();
    for (SyncLink link : links.listByMailbox(grant.getMailbox())) {
      link.resumeAfterReauthentication(now);
    }
    notifications.grantRecovered(grant, now);
  }
}
