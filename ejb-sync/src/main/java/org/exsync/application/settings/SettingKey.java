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
  /** How Exsync reaches Exchange for mailboxes: delegated, app-only or service-account. */
  EXCHANGE_AUTH_MODE("exchange.auth-mode", "exsync.exchange.auth-mode", "delegated"),
  EXCHANGE_SERVICE_ACCOUNT("exchange.service-account", "exsync.exchange.service-account", ""),
  EXCHANGE_SERVICE_DOMAIN("exchange.service-domain", "exsync.exchange.service-domain", ""),
  /** For a service account: impersonate each mailbox (true) or open it by delegation (false). */
  EXCHANGE_IMPERSONATE("exchange.impersonate", "exsync.exchange.impersonate", "true"),
  /** SuperOffice Online or an on-site installation: online or on-site. */
  SUPEROFFICE_KIND("superoffice.kind", "exsync.superoffice.kind", "online"),
  /** Online: the environment, such as https://online.superoffice.com; on-site: the Web API URL. */
  SUPEROFFICE_URL("superoffice.url", "exsync.superoffice.url", "https://online.superoffice.com"),
  /** Online only: the tenant's context identifier, CustNNNN. */
  SUPEROFFICE_TENANT("superoffice.tenant", "exsync.superoffice.tenant", ""),
  /** On-site only: basic (user name and password) or ticket. Online always uses the system user. */
  SUPEROFFICE_AUTH("superoffice.auth", "exsync.superoffice.auth", "basic"),
  SUPEROFFICE_USER("superoffice.user-name", "exsync.superoffice.user-name", ""),
  SUPEROFFICE_CALLS_PER_SECOND(
      "superoffice.calls-per-second", "exsync.superoffice.calls-per-second", "10"),
  /** The tenant's base time zone when the admin states it; empty to ask the Web API. */
  SUPEROFFICE_BASE_ZONE("superoffice.base-zone", "exsync.superoffice.base-zone", ""),
  REAUTH_MAILS("notification.reauth-mails", "exsync.notification.reauth-mails", "true"),
  REAUTH_PERIOD_HOURS(
      "notification.reauth-period-hours", "exsync.notification.reauth-period-hours", "24"),
  ADMIN_ALERTS("notification.admin-alerts", "exsync.notification.admin-alerts", "true"),
  ADMIN_RECIPIENTS("notification.admin-recipients", "exsync.notification.admin-recipients", ""),
  ADMIN_QUIET_HOURS(
      "notification.admin-quiet-hours", "exsync.notification.admin-quiet-hours", "12"),
  /**
   * An edit in Outlook of a meeting SuperOffice organises: restore (the organizer's version is
   * written back) or accept (synced to SuperOffice like any change).
   */
  BOOKING_EDITS("sync.booking-edits", "exsync.sync.booking-edits", "restore");

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
