package org.exsync.application.settings;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.exsync.application.AdminRole;
import org.exsync.domain.setting.SettingRepository;
import org.exsync.infrastructure.superoffice.SuperOfficeCredentials;
import org.exsync.infrastructure.superoffice.SuperOfficeEndpoint;
import org.exsync.infrastructure.superoffice.SuperOfficeSettings;

/**
 * The admin-editable connections to SuperOffice and Exchange, typed and checked. Read from the
 * database on each use, so an edit applies to the next run without a restart; secrets come from
 * their password aliases.
 *
 * <p>Changing them is the admin's; reading them is open, because every run reads them without an
 * admin: the rank ticks, the SuperOffice webhook and the engine.
 */
@Stateless
@RolesAllowed(AdminRole.NAME)
public class ConnectionSettingsService {

  @Inject private SettingRepository settings;
  @Inject private Clock clock;

  @PermitAll
  public CrmConnectionSettings crm() {
    return new CrmConnectionSettings(
        CrmConnectionSettings.Kind.of(value(SettingKey.SUPEROFFICE_KIND)),
        value(SettingKey.SUPEROFFICE_URL),
        value(SettingKey.SUPEROFFICE_TENANT),
        CrmConnectionSettings.Auth.of(value(SettingKey.SUPEROFFICE_AUTH)),
        value(SettingKey.SUPEROFFICE_USER),
        (int)
            SettingValues.number(
                value(SettingKey.SUPEROFFICE_CALLS_PER_SECOND), "calls a second", 1, 100),
        value(SettingKey.SUPEROFFICE_BASE_ZONE));
  }

  /**
   * Stores the SuperOffice connection after checking it whole, so a bad value changes nothing.
   *
   * @throws IllegalArgumentException naming the wrong value and what is expected
   */
  public void updateCrm(CrmConnectionSettings crm) {
    URI url = SettingValues.httpUrl(crm.url(), "SuperOffice URL");
    String tenant = SettingValues.orEmpty(crm.tenant());
    String user = SettingValues.orEmpty(crm.userName());
    if (crm.kind() == CrmConnectionSettings.Kind.ONLINE && !tenant.matches("Cust\\d+")) {
      throw new IllegalArgumentException(
          "A SuperOffice Online tenant is named CustNNNN (see the tenant's URL), got '"
              + tenant
              + "'");
    }
    if (crm.kind() == CrmConnectionSettings.Kind.ON_SITE
        && crm.auth() == CrmConnectionSettings.Auth.BASIC) {
      SettingValues.word(user, "SuperOffice user name");
    }
    SettingValues.number(Integer.toString(crm.callsPerSecond()), "calls a second", 1, 100);
    String zone = SettingValues.orEmpty(crm.baseZone());
    if (!zone.isEmpty()) {
      zone(zone);
    }
    put(SettingKey.SUPEROFFICE_KIND, crm.kind().word());
    put(SettingKey.SUPEROFFICE_URL, url.toString());
    put(SettingKey.SUPEROFFICE_TENANT, tenant);
    put(SettingKey.SUPEROFFICE_AUTH, crm.auth().word());
    put(SettingKey.SUPEROFFICE_USER, user);
    put(SettingKey.SUPEROFFICE_CALLS_PER_SECOND, Integer.toString(crm.callsPerSecond()));
    put(SettingKey.SUPEROFFICE_BASE_ZONE, zone);
  }

  @PermitAll
  public ExchangeConnectionSettings exchange() {
    return new ExchangeConnectionSettings(
        value(SettingKey.EXCHANGE_EWS_URL),
        ExchangeConnectionSettings.AuthMode.of(value(SettingKey.EXCHANGE_AUTH_MODE)),
        value(SettingKey.EXCHANGE_SERVICE_ACCOUNT),
        value(SettingKey.EXCHANGE_SERVICE_DOMAIN),
        Boolean.parseBoolean(value(SettingKey.EXCHANGE_IMPERSONATE)));
  }

  /**
   * Stores the Exchange connection after checking it whole.
   *
   * @throws IllegalArgumentException naming the wrong value and what is expected
   */
  public void updateExchange(ExchangeConnectionSettings exchange) {
    URI ews = SettingValues.httpUrl(exchange.ewsUrl(), "EWS URL");
    String account = SettingValues.orEmpty(exchange.serviceAccount());
    if (exchange.authMode() == ExchangeConnectionSettings.AuthMode.SERVICE_ACCOUNT) {
      SettingValues.word(account, "service account");
    }
    put(SettingKey.EXCHANGE_EWS_URL, ews.toString());
    put(SettingKey.EXCHANGE_AUTH_MODE, exchange.authMode().word());
    put(SettingKey.EXCHANGE_SERVICE_ACCOUNT, account);
    put(SettingKey.EXCHANGE_SERVICE_DOMAIN, SettingValues.orEmpty(exchange.serviceDomain()));
    put(SettingKey.EXCHANGE_IMPERSONATE, Boolean.toString(exchange.impersonate()));
  }

  /** The service account's password, from its alias. */
  @PermitAll
  public String serviceAccountPassword() {
    return secret(ExchangeConnectionSettings.SERVICE_PASSWORD_ALIAS, "Exchange service account");
  }

  /**
   * A password kept in the named Payara password alias, such as that of a rank's service account.
   *
   * @throws IllegalStateException naming the alias and how to set it when it is missing
   */
  @PermitAll
  public String passwordOf(String alias, String what) {
    return secret(alias, what);
  }

  /**
   * What the SuperOffice adapter needs: the connection with its secrets.
   *
   * @throws IllegalStateException naming the missing or wrong setting and how to set it
   */
  @PermitAll
  public SuperOfficeSettings superOffice() {
    CrmConnectionSettings crm = crm();
    try {
      URI url = URI.create(crm.url());
      SuperOfficeSettings connection =
          switch (crm.kind()) {
            case ONLINE ->
                SuperOfficeSettings.of(
                    new SuperOfficeEndpoint.Online(url, crm.tenant()),
                    new SuperOfficeCredentials.SystemUser(
                        secret(CrmConnectionSettings.CLIENT_SECRET_ALIAS, "application token"),
                        secret(CrmConnectionSettings.SYSTEM_TOKEN_ALIAS, "system user token"),
                        secret(CrmConnectionSettings.PRIVATE_KEY_ALIAS, "private key")));
            case ON_SITE ->
                SuperOfficeSettings.of(new SuperOfficeEndpoint.OnSite(url), onSite(crm));
          };
      connection = connection.withCallsPerSecond(crm.callsPerSecond());
      return crm.baseZone().isBlank() ? connection : connection.withBaseZone(zone(crm.baseZone()));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "The SuperOffice connection is not complete: " + e.getMessage(), e);
    }
  }

  private static SuperOfficeCredentials onSite(CrmConnectionSettings crm) {
    return switch (crm.auth()) {
      case BASIC ->
          new SuperOfficeCredentials.Basic(
              crm.userName(), secret(CrmConnectionSettings.PASSWORD_ALIAS, "password"));
      case TICKET ->
          new SuperOfficeCredentials.Ticket(
              secret(CrmConnectionSettings.TICKET_ALIAS, "ticket"),
              AliasSecrets.resolve(CrmConnectionSettings.CLIENT_SECRET_ALIAS).orElse(""));
    };
  }

  private static String secret(String alias, String what) {
    return AliasSecrets.resolve(alias)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "The "
                        + what
                        + " is missing: set the password alias '"
                        + alias
                        + "' with: server-config/bin/exsync secret "
                        + alias));
  }

  private static ZoneId zone(String id) {
    try {
      return ZoneId.of(id.strip());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "The base time zone must be an IANA zone id such as Europe/Oslo, got '" + id + "'", e);
    }
  }

  private String value(SettingKey key) {
    return StoredSettings.value(settings, key);
  }

  private void put(SettingKey key, String value) {
    settings.put(key.settingName(), value, clock.instant());
  }
}
