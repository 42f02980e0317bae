package org.exsync.application.connection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.exsync.application.AdminRole;
import org.exsync.application.settings.ConnectionSettingsService;
import org.exsync.application.settings.ExchangeConnectionSettings;
import org.exsync.application.settings.SettingsService;
import org.exsync.engine.port.CrmAssociate;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.Outcome;
import org.exsync.infrastructure.oauth.EntraRegistration;
import org.exsync.infrastructure.oauth.MsalIdentityPlatform;
import org.exsync.infrastructure.oauth.TokenGrant;

/**
 * The admin's "Test connection": one real round trip to SuperOffice, Exchange or Microsoft Entra
 * with the settings as stored, and what went wrong in plain words with the fix. Secrets are used,
 * never shown or logged.
 */
@Stateless
@RolesAllowed(AdminRole.NAME)
public class ConnectionCheck {

  @Inject private CrmConnection crm;
  @Inject private ConnectionSettingsService connections;
  @Inject private SettingsService settings;
  @Inject private MsalIdentityPlatform identity;

  /** Lists SuperOffice's users through the CRM gateway. */
  public CheckResult superOffice() {
    Outcome<List<CrmAssociate>> users = crm.gateway().then(gateway -> gateway.associates());
    if (users.isDone()) {
      return CheckResult.passed(
          "Connected to SuperOffice.",
          "SuperOffice lists " + users.value().size() + " users (associates).");
    }
    return CrmFailures.explain(users.failure().orElseThrow());
  }

  /** Posts to the EWS URL, with the credentials of the authentication mode where it has any. */
  public CheckResult exchange() {
    ExchangeConnectionSettings exchange = connections.exchange();
    URI ews;
    try {
      ews = URI.create(exchange.ewsUrl());
    } catch (IllegalArgumentException e) {
      return CheckResult.failed(
          "The EWS URL is not a URL.", exchange.ewsUrl(), "Enter the URL of Exchange.asmx.");
    }
    return switch (exchange.authMode()) {
      case DELEGATED -> new EwsEndpointProbe().probe(ews, Optional.empty());
      case SERVICE_ACCOUNT -> serviceAccount(ews, exchange);
      case APP_ONLY -> appOnly(ews);
    };
  }

  /** Acquires an app-only token with the app registration's client credentials. */
  public CheckResult entra() {
    Outcome<TokenGrant> token = appOnlyToken();
    if (token.isDone()) {
      return CheckResult.passed(
          "Microsoft Entra issued an app-only token.",
          "The client id and secret of the app registration work for tenant "
              + settings.entra().tenantId()
              + ".");
    }
    return EntraFailures.explain(token.failure().orElseThrow());
  }

  private CheckResult serviceAccount(URI ews, ExchangeConnectionSettings exchange) {
    String password;
    try {
      password = connections.serviceAccountPassword();
    } catch (IllegalStateException e) {
      return CheckResult.failed(
          "The service account's password is not set.", e.getMessage(), e.getMessage());
    }
    String account =
        exchange.serviceDomain().isBlank()
            ? exchange.serviceAccount()
            : exchange.serviceDomain() + "\\" + exchange.serviceAccount();
    String basic =
        Base64.getEncoder()
            .encodeToString((account + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new EwsEndpointProbe().probe(ews, Optional.of("Basic " + basic));
  }

  private CheckResult appOnly(URI ews) {
    Outcome<TokenGrant> token = appOnlyToken();
    if (!token.isDone()) {
      return EntraFailures.explain(token.failure().orElseThrow());
    }
    return new EwsEndpointProbe().probe(ews, Optional.of("Bearer " + token.value().accessToken()));
  }

  private Outcome<TokenGrant> appOnlyToken() {
    EntraRegistration registration;
    try {
      registration = settings.entraRegistration();
    } catch (IllegalStateException e) {
      return Outcome.failed(
          Failure.denied(e.getMessage(), "Complete the Entra app registration on this page"));
    }
    if (registration.acceptsAnyTenant() && !registration.isOidcIssuer()) {
      return Outcome.failed(
          Failure.denied(
              "App-only tokens are issued for one tenant, and the registration names '"
                  + registration.tenantId()
                  + "'",
              "Enter the tenant id (a GUID or contoso.onmicrosoft.com) instead"));
    }
    return identity.appOnly(registration, registration.tenantId());
  }
}
