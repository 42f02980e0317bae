package org.exsync.admin.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.exsync.application.notification.NotificationService;
import org.exsync.application.settings.NotificationSettings;
import org.exsync.domain.shared.EmailAddresses;

/**
 * The Notifications page: automatic re-authentication mails to users, alert mails to admins on
 * failure and recovery, and a test mail.
 */
@Named
@ViewScoped
public class NotificationsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private NotificationService notifications;

  private boolean reauthenticationMails;
  private int reauthenticationHours;
  private boolean adminAlerts;
  private String recipients;
  private int quietHours;
  private String testAddress;

  public void load() {
    NotificationSettings current = notifications.settings();
    reauthenticationMails = current.reauthenticationMails();
    reauthenticationHours = (int) current.reauthenticationPeriod().toHours();
    adminAlerts = current.adminAlerts();
    recipients = String.join(", ", current.adminRecipients());
    quietHours = (int) current.adminQuietPeriod().toHours();
    testAddress = current.adminRecipients().isEmpty() ? "" : current.adminRecipients().get(0);
  }

  public void save() {
    List<String> addresses = addresses();
    for (String address : addresses) {
      try {
        EmailAddresses.normalize(address, "recipient");
      } catch (IllegalArgumentException e) {
        Feedback.fieldError(
            "notifications:recipients",
            "'" + address + "' is not an e-mail address; separate addresses with commas.");
        return;
      }
    }
    if (adminAlerts && addresses.isEmpty()) {
      Feedback.fieldError(
          "notifications:recipients", "Name at least one recipient, or switch the alerts off.");
      return;
    }
    try {
      notifications.update(
          new NotificationSettings(
              reauthenticationMails,
              Duration.ofHours(reauthenticationHours),
              adminAlerts,
              addresses,
              Duration.ofHours(quietHours)));
      Feedback.info("Notifications saved.", "They apply from now on, on every server.");
      load();
    } catch (RuntimeException e) {
      Feedback.failure("Saving", e);
    }
  }

  public void sendTestMail() {
    String to = testAddress == null ? "" : testAddress.strip();
    try {
      EmailAddresses.normalize(to, "test address");
    } catch (IllegalArgumentException e) {
      Feedback.fieldError(
          "notifications:test-address", "Enter the e-mail address to send the test mail to.");
      return;
    }
    Optional<String> refused = notifications.sendTestMail(to);
    if (refused.isEmpty()) {
      Feedback.info("Test mail sent to " + to + ".", "The mail server accepted it.");
    } else {
      Feedback.error(
          "The test mail was not sent.",
          refused.get()
              + " Check the mail session mail/exsync (EXSYNC_SMTP_HOST and EXSYNC_SMTP_PORT).");
    }
  }

  private List<String> addresses() {
    return recipients == null
        ? List.of()
        : Arrays.stream(recipients.split("[,;\\s]+")).filter(a -> !a.isBlank()).toList();
  }

  public boolean isReauthenticationMails() {
    return reauthenticationMails;
  }

  public void setReauthenticationMails(boolean reauthenticationMails) {
    this.reauthenticationMails = reauthenticationMails;
  }

  public int getReauthenticationHours() {
    return reauthenticationHours;
  }

  public void setReauthenticationHours(int reauthenticationHours) {
    this.reauthenticationHours = reauthenticationHours;
  }

  public boolean isAdminAlerts() {
    return adminAlerts;
  }

  public void setAdminAlerts(boolean adminAlerts) {
    this.adminAlerts = adminAlerts;
  }

  public String getRecipients() {
    return recipients;
  }

  public void setRecipients(String recipients) {
    this.recipients = recipients;
  }

  public int getQuietHours() {
    return quietHours;
  }

  public void setQuietHours(int quietHours) {
    this.quietHours = quietHours;
  }

  public String getTestAddress() {
    return testAddress;
  }

  public void setTestAddress(String testAddress) {
    this.testAddress = testAddress;
  }
}
