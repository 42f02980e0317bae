package org.exsync.application.settings;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.exsync.application.AdminRole;
import org.exsync.domain.setting.Setting;
import org.exsync.domain.setting.SettingRepository;
import org.exsync.domain.shared.EmailAddresses;
import org.exsync.engine.BookingPolicy;
import org.exsync.infrastructure.oauth.EntraRegistration;

/**
 * The admin-editable settings of consent and notifications, typed and checked. Every server reads
 * them from the database on each use, so an admin's change applies at once without a restart.
 *
 * <p>Changing them is the admin's. What the public consent pages, the invitation queue, the token
 * refresh and the notifications read without an admin is open: the Entra registration, the
 * registration settings, the notification rules and the mail templates.
 */
@Stateless
@RolesAllowed(AdminRole.NAME)
public class SettingsService {

  @Inject private SettingRepository settings;
  @Inject private Clock clock;

  public EntraSettings entra() {
    return new EntraSettings(
        value(SettingKey.ENTRA_AUTHORITY),
        value(SettingKey.ENTRA_TENANT),
        value(SettingKey.ENTRA_CLIENT_ID),
        value(SettingKey.ENTRA_SECRET_ALIAS),
        value(SettingKey.ENTRA_TRUSTED_CERTIFICATE));
  }

  public void updateEntra(EntraSettings entra) {
    URI authority = SettingValues.httpsUrl(entra.authority(), "authority");
    put(SettingKey.ENTRA_AUTHORITY, authority.toString());
    put(SettingKey.ENTRA_TENANT, SettingValues.word(entra.tenantId(), "tenant id"));
    put(SettingKey.ENTRA_CLIENT_ID, SettingValues.word(entra.clientId(), "client id"));
    put(SettingKey.ENTRA_SECRET_ALIAS, SettingValues.word(entra.secretAlias(), "secret alias"));
    put(SettingKey.ENTRA_TRUSTED_CERTIFICATE, SettingValues.orEmpty(entra.trustedCertificate()));
  }

  /**
   * The registration MSAL4J signs users in with, its secret read from the password alias.
   *
   * @throws IllegalStateException naming what is missing when it is not configured
   */
  @PermitAll
  public EntraRegistration entraRegistration() {
    EntraSettings entra = entra();
    String secret =
        AliasSecrets.resolve(entra.secretAlias())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "The password alias '"
                            + entra.secretAlias()
                            + "' holding the Entra client secret is missing; create it with:"
                            + " server-config/bin/exsync secret "
                            + entra.secretAlias()));
    try {
      return new EntraRegistration(
          URI.create(entra.authority()),
          entra.tenantId(),
          entra.clientId(),
          secret,
          Optional.of(entra.trustedCertificate()).filter(path -> !path.isBlank()));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "The Entra app registration is incomplete: " + e.getMessage());
    }
  }

  @PermitAll
  public RegistrationSettings registration() {
    return new RegistrationSettings(
        SettingValues.folderUrl(value(SettingKey.REGISTRATION_URL), "registration URL"),
        Duration.ofDays(
            SettingValues.number(value(SettingKey.INVITATION_LIFETIME_DAYS), "lifetime", 1, 365)),
        URI.create(value(SettingKey.EXCHANGE_EWS_URL)));
  }

  public void updateRegistration(RegistrationSettings registration) {
    URI url = SettingValues.folderUrl(String.valueOf(registration.publicUrl()), "registration URL");
    long days = registration.invitationLifetime().toDays();
    SettingValues.number(Long.toString(days), "invitation lifetime in days", 1, 365);
    URI ews = SettingValues.httpUrl(String.valueOf(registration.ewsUrl()), "EWS URL");
    put(SettingKey.REGISTRATION_URL, url.toString());
    put(SettingKey.INVITATION_LIFETIME_DAYS, Long.toString(days));
    put(SettingKey.EXCHANGE_EWS_URL, ews.toString());
  }

  @PermitAll
  public NotificationSettings notifications() {
    List<String> recipients =
        Arrays.stream(value(SettingKey.ADMIN_RECIPIENTS).split("[,;\\s]+"))
            .filter(address -> !address.isBlank())
            .toList();
    return new NotificationSettings(
        Boolean.parseBoolean(value(SettingKey.REAUTH_MAILS)),
        Duration.ofHours(
            SettingValues.number(value(SettingKey.REAUTH_PERIOD_HOURS), "period", 0, 8760)),
        Boolean.parseBoolean(value(SettingKey.ADMIN_ALERTS)),
        recipients,
        Duration.ofHours(
            SettingValues.number(value(SettingKey.ADMIN_QUIET_HOURS), "quiet period", 0, 8760)));
  }

  public void updateNotifications(NotificationSettings notifications) {
    List<String> recipients =
        notifications.adminRecipients().stream()
            .map(address -> EmailAddresses.normalize(address, "admin recipient"))
            .toList();
    put(SettingKey.REAUTH_MAILS, Boolean.toString(notifications.reauthenticationMails()));
    put(
        SettingKey.REAUTH_PERIOD_HOURS,
        Long.toString(notifications.reauthenticationPeriod().toHours()));
    put(SettingKey.ADMIN_ALERTS, Boolean.toString(notifications.adminAlerts()));
    put(SettingKey.ADMIN_RECIPIENTS, String.join(", ", recipients));
    put(SettingKey.ADMIN_QUIET_HOURS, Long.toString(notifications.adminQuietPeriod().toHours()));
  }

  /** A free-form setting such as an edited mail template; empty when none is stored. */
  @PermitAll
  public Optional<String> text(String name) {
    return settings.find(name).map(Setting::getValue);
  }

  public void putText(String name, String value) {
    settings.put(name, value, clock.instant());
  }

  /** What an edit of a booking on the side that does not organise it gets. */
  @PermitAll
  public BookingPolicy bookingEdits() {
    return switch (value(SettingKey.BOOKING_EDITS)) {
      case "accept" -> BookingPolicy.ACCEPT;
      default -> BookingPolicy.REJECT_AND_RESTORE;
    };
  }

  public void updateBookingEdits(BookingPolicy policy) {
    put(
        SettingKey.BOOKING_EDITS,
        switch (policy) {
          case ACCEPT -> "accept";
          case REJECT_AND_RESTORE -> "restore";
        });
  }

  private String value(SettingKey key) {
    return StoredSettings.value(settings, key);
  }

  private void put(SettingKey key, String value) {
    settings.put(key.settingName(), value, clock.instant());
  }
}
