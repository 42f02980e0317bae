package org.exsync.infrastructure.oauth;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import java.net.MalformedURLException;

/**
 * Builds MSAL4J confidential clients for the registration. Each call gets a client of its own, so
 * that its token cache holds exactly one user's tokens: Exsync stores every user's refresh token
 * itself and reads the rotated one from that cache.
 */
final class MsalClients {

  static final int CONNECT_TIMEOUT_MS = 10_000;
  static final int READ_TIMEOUT_MS = 20_000;

  private MsalClients() {}

  static ConfidentialClientApplication build(EntraRegistration registration) {
    try {
      ConfidentialClientApplication.Builder builder =
          ConfidentialClientApplication.builder(
                  registration.clientId(),
                  ClientCredentialFactory.createFromSecret(registration.clientSecret()))
              .connectTimeoutForDefaultHttpClient(CONNECT_TIMEOUT_MS)
              .readTimeoutForDefaultHttpClient(READ_TIMEOUT_MS)
              .logPii(false);
      String authority = registration.authority().toString();
      if (!authority.endsWith("/")) {
        authority = authority + "/";
      }
      if (registration.isOidcIssuer()) {
        // MSAL's Entra authority keeps only host and first path segment; an issuer below a path
        // (the deployed sandbox) is read from its discovery document instead.
        builder.oidcAuthority(authority).instanceDiscovery(false);
      } else {
        builder.authority(authority);
        if (!registration.authority().getHost().endsWith("login.microsoftonline.com")) {
          // Instance discovery would ask login.microsoftonline.com about a host that is not its.
          builder.instanceDiscovery(false);
        }
      }
      registration
          .trustedCertificate()
          .ifPresent(pem -> builder.sslSocketFactory(TrustedCertificate.socketFactory(pem)));
      return builder.build();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(
          "The Entra authority is not a URL MSAL4J accepts: " + registration.authority(), e);
    }
  }
}
