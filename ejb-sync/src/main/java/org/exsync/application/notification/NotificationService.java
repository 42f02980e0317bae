package org.exsync.application.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.exsync.application.AdminRole;
import org.exsync.application.settings.NotificationSettings;
import org.exsync.application.settings.SettingsService;
import org.exsync.infrastructure.mail.MailFailure;
import org.exsync.infrastructure.mail.MailSender;
import org.exsync.infrastructure.mail.OutgoingMail;

/**
 * The Notifications panel: its settings and a test mail. What the settings make Exsync do by itself
 * when a grant breaks or recovers is {@link GrantNotifications}, which runs without an admin.
 */
@Stateless
@RolesAllowed(AdminRole.NAME)
public class NotificationService {

  @Inject private SettingsService settings;
  @Inject private MailSender sender;

  public NotificationSettings settings() {
    return settings.notifications();
  }

  public void update(NotificationSettings notifications) {
    settings.updateNotifications(notifications);
  }

  /**
   * Sends a test mail to the address at once and says what the mail server answered.
   *
   * @return empty when the mail was accepted, else the server's reason
   */
  public Optional<String> sendTestMail(String to) {
    try {
      sender.send(
          new OutgoingMail(
              List.of(to),
              "Exsync test mail",
              "This is a test mail from Exsync. Notifications reach you at this address.",
              null));
      return Optional.empty();
    } catch (MailFailure e) {
      return Optional.of(e.getMessage());
    }
  }
}
