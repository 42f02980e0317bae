package org.exsync.infrastructure.oauth;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Exsync's application registration in Microsoft Entra, as MSAL4J needs it.
 *
 * @param authority where users sign in: {@code https://login.microsoftonline.com/<tenant>/}, or an
 *     OpenID Connect issuer ending in {@code /v2.0/} (the sandbox below {@code /sandbox/identity})
 * @param tenantId the tenant whose accounts may consent, or {@code organizations} for any
 * @param clientId the application (client) id
 * @param clientSecret the client secret, from a password alias; never printed
 * @param trustedCertificate a PEM certificate to trust instead of the JDK's authorities: only the
 *     sandbox's self-signed one, empty for Microsoft
 */
public record EntraRegistration(
    URI authority,
    String tenantId,
    String clientId,
    String clientSecret,
    Optional<String> trustedCertificate) {

  /** Tenants that stand for "any organization" rather than one tenant. */
  private static final java.util.Set<String> ANY_TENANT =
      java.util.Set.of("organizations", "common");

  public EntraRegistration {
    Objects.requireNonNull(authority, "authority");
    if (!"https".equalsIgnoreCase(authority.getScheme())) {
      throw new IllegalArgumentException(
          "The Entra authority must be an https URL (MSAL4J refuses http), got " + authority);
    }
    if (clientId == null || clientId.isBlank()) {
      throw new IllegalArgumentException("The Entra client id is missing; set entra.client-id");
    }
    if (clientSecret == null || clientSecret.isBlank()) {
      throw new IllegalArgumentException(
          "The Entra client secret is missing; set the password alias exsync-entra-client-secret");
    }
    tenantId = tenantId == null || tenantId.isBlank() ? "organizations" : tenantId.strip();
    trustedCertificate = trustedCertificate == null ? Optional.empty() : trustedCertificate;
  }

  /** An OpenID Connect issuer URL (path ending in /v2.0/) rather than an Entra tenant authority. */
  public boolean isOidcIssuer() {
    String path = authority.getPath() == null ? "" : authority.getPath();
    return path.endsWith("/v2.0/") || path.endsWith("/v2.0");
  }

  /**
   * The same registration with the authority of one tenant, as client credentials need: an OpenID
   * issuer names its tenant already and stays as it is.
   */
  public EntraRegistration forTenant(String tenant) {
    if (isOidcIssuer() || tenant == null || tenant.isBlank()) {
      return this;
    }
    URI tenantAuthority =
        URI.create(authority.getScheme() + "://" + authority.getAuthority() + "/" + tenant + "/");
    return new EntraRegistration(
        tenantAuthority, tenant, clientId, clientSecret, trustedCertificate);
  }

  /** The same registration with another client secret, for an app-only grant holding its own. */
  public EntraRegistration withClientSecret(String secret) {
    return new EntraRegistration(authority, tenantId, clientId, secret, trustedCertificate);
  }

  /** Whether accounts of every tenant may consent. */
  public boolean acceptsAnyTenant() {
    return ANY_TENANT.contains(tenantId.toLowerCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return "EntraRegistration[authority="
        + authority
        + ", tenantId="
        + tenantId
        + ", clientId="
        + clientId
        + ", clientSecret=***]";
  }
}
