package org.exsync.application.settings;

import java.time.Duration;
import java.util.List;

/**
 * What Exsync mails on its own when a grant breaks and when it works again.
 *
 * @param reauthenticationMails whether a user whose grant broke is mailed a re-authentication
 *     invitation by itself
 * @param reauthenticationPeriod at most one such mail per user in this period
 * @param adminAlerts whether the admins are mailed on failure and on recovery
 * @param adminRecipients the admins' addresses
 * @param adminQuietPeriod at most one failure alert per user in this period
 */
public record NotificationSettings(
    boolean reauthenticationMails,
    Duration reauthenticationPeriod,
    boolean adminAlerts,
    List<String> adminRecipients,
    Duration adminQuietPeriod) {

  public NotificationSettings {
    adminRecipients = List.copyOf(adminRecipients);
    if (reauthenticationPeriod.isNegative() || adminQuietPeriod.isNegative()) {
      throw new IllegalArgumentException(
          "Notification periods must not be negative, got "
              + reauthenticationPeriod
              + " and "
              + adminQuietPeriod);
    }
  }
}
