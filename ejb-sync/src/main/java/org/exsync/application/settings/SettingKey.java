package org.exsync.application.settings;

import java.util.Optional;

/**
 * The admin-editable settings, each seeded on first start from the deployment setting of the same
 * purpose (a system property that server-config sets) or, without one, from its default.
 */
public enum SettingKey {
  ENTRA_AUTHORITY(
      "entra.authority",
      "exsync.entra.authority",
      "https://login.microsoftonline.com/organizations/"),
  ENTRA_TENANT("entra.tenant-id", "exsync.entra.tenant-id", "organizations"),
  ENTRA_CLIENT_ID("entra.client-id", "exsync.entra.client-id", ""),
  ENTRA_SECRET_ALIAS(
      "entra.secret-alias", "exsync.entra.secret-alias", "exsync-entra-client-secret"),
  /** Only for the sandbox: the PEM file of the one certificate its sign-in service presents. */
  ENTRA_TRUSTED_CERTIFICATE("entra.trusted-certificate", "exsync.entra.trusted-certificate", ""),
  REGISTRATION_URL(
      "registration.public-url", "exsync.public-url", "http://127.0.0.1:28090/consent/"),
  INVITATION_LIFETIME_DAYS("invitation.lifetime-days", "exsync.invitation.lifetime-days", "14"),
  EXCHANGE_EWS_URL(
      "exchange.ews-url",
      "exsync.exchange.ews-url",
      "https://outlook.office365.com/EWS/Exchange.asmx"),
  REAUTH_MAILS("notification.reauth-mails", "exsync.notification.reauth-mails", "true"),
  REAUTH_PERIOD_HOURS(
      "notification.reauth-period-hours", "exsync.notification.reauth-period-hours", "24"),
  ADMIN_ALERTS("notification.admin-alerts", "exsync.notification.admin-alerts", "true"),
  ADMIN_RECIPIENTS("notification.admin-recipients", "exsync.notification.admin-recipients", ""),
  ADMIN_QUIET_HOURS(
      "notification.admin-quiet-hours", "exsync.notification.admin-quiet-hours", "12");

  private final String name;
  private final String deploymentSetting;
  private final String fallback;

  SettingKey(String name, String deploymentSetting, String fallback) {
    this.name = name;
    this.deploymentSetting = deploymentSetting;
    this.fallback = fallback;
  }

  public String settingName() {
    return name;
  }

  /** The first value: the deployment's, unless it is unset or an unresolved alias reference. */
  String seed(java.util.function.Function<String, Optional<String>> deployment) {
    return deployment
        .apply(deploymentSetting)
        .filter(value -> !value.contains("${"))
        .map(String::strip)
        .orElse(fallback);
  }
}
