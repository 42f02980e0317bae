package org.exsync.application.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.exsync.application.invitation.InvitationService;
import org.exsync.application.settings.NotificationSettings;
import org.exsync.application.settings.SettingsService;
import org.exsync.domain.associate.Associate;
import org.exsync.domain.grant.Grant;
import org.exsync.domain.grant.GrantNotices;
import org.exsync.domain.invitation.Invitation;
import org.exsync.domain.invitation.InvitationPurpose;
import org.exsync.domain.invitation.InvitationRepository;
import org.exsync.domain.invitation.InvitationWording;
import org.exsync.domain.link.SyncLinkRepository;
import org.exsync.infrastructure.mail.OutgoingMail;

/**
 * What the Notifications panel's settings make Exsync do by itself: mail the user a
 * re-authentication invitation when a grant breaks (at most one per period), and mail the admins on
 * failure (at most one per quiet period) and on recovery. Open to every caller, because a grant
 * breaks in a token refresh or a run and recovers on the public consent page, never with an admin.
 */
@Stateless
@PermitAll
public class GrantNotifications {

  @Inject private SettingsService settings;
  @Inject private InvitationService invitationService;
  @Inject private InvitationRepository invitations;
  @Inject private SyncLinkRepository links;
  @Inject private AdminMail adminMail;

  /** A grant needs re-authentication: tell the user and the admins, as the settings say. */
  public void grantBroke(Grant grant, Instant now) {
    NotificationSettings rules = settings.notifications();
    String mailbox = grant.getMailbox().getSmtpAddress();
    if (rules.reauthenticationMails()
        && grant.reauthenticationMailDue(now, rules.reauthenticationPeriod())) {
      Optional<Associate> associate = associateOf(grant);
      if (associate.isPresent()) {
        invitationService.issue(
            associate.get(),
            mailbox,
            new InvitationWording(InvitationPurpose.REAUTHENTICATION, null, null),
            languageOf(associate.get()),
            true);
        grant.recordReauthenticationMail(now);
      }
    }
    if (rules.adminAlerts()
        && !rules.adminRecipients().isEmpty()
        && grant.failureAlertDue(now, rules.adminQuietPeriod())) {
      adminMail.send(
          new OutgoingMail(
              rules.adminRecipients(),
              "Exsync: " + mailbox + " needs to sign in again",
              "Exsync can no longer use the consent of "
                  + mailbox
                  + ": "
                  + grant.getLastError().orElse("refused by Microsoft")
                  + "\n\nOnly this user's sync links are paused. They resume by themselves once the"
                  + " user signs in again"
                  + (rules.reauthenticationMails()
                      ? "; a re-authentication mail was sent to the user."
                      : "; send a re-authentication invitation from the Token Authentication Manager."),
              null));
      grant.recordAdminAlert(GrantNotices.AdminAlert.FAILURE, now);
    }
  }

  /** A grant works again after a new consent: tell the admins, if they were told it broke. */
  public void grantRecovered(Grant grant, Instant now) {
    NotificationSettings rules = settings.notifications();
    if (grant.recoveryNoticeDue() && rules.adminAlerts() && !rules.adminRecipients().isEmpty()) {
      String mailbox = grant.getMailbox().getSmtpAddress();
      adminMail.send(
          new OutgoingMail(
              rules.adminRecipients(),
              "Exsync: " + mailbox + " works again",
              mailbox + " signed in again at " + now + "; its sync links run again.",
              null));
      grant.recordAdminAlert(GrantNotices.AdminAlert.RECOVERY, now);
    }
  }

  private Optional<Associate> associateOf(Grant grant) {
    Optional<Associate> linked =
        links.listByMailbox(grant.getMailbox()).stream().findFirst().map(l -> l.getAssociate());
    if (linked.isPresent()) {
      return linked;
    }
    String upn =
        grant.getAccount().map(a -> a.getUpn()).orElse(grant.getMailbox().getSmtpAddress());
    return invitations.listByEmail(upn).stream().findFirst().map(Invitation::getAssociate);
  }

  private String languageOf(Associate associate) {
    return invitations.listByAssociate(associate).stream()
        .findFirst()
        .map(Invitation::getLanguage)
        .orElse("en");
  }
}
