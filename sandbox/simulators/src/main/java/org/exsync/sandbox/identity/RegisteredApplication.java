package org.exsync.sandbox.identity;

import java.util.List;
import java.util.Set;

/**
 * An application registration in the simulated tenant, as an administrator creates it in the Entra
 * admin center. Permissions are on the simulator's resource (Exchange Online by default).
 *
 * @param clientId the application (client) id
 * @param displayName the name users see on the consent page
 * @param secrets the client secret values any of which authenticates the application
 * @param redirectUris the redirect URIs, compared exactly as Microsoft does
 * @param delegatedPermissions the statically configured delegated permissions, for example {@code
 *     EWS.AccessAsUser.All}; what {@code <resource>/.default} stands for in a user's name
 * @param applicationPermissions the application permissions (app roles), for example {@code
 *     full_access_as_app}; they appear in app-only tokens once an administrator has consented
 */
public record RegisteredApplication(
    String clientId,
    String displayName,
    Set<String> secrets,
    List<String> redirectUris,
    Set<String> delegatedPermissions,
    Set<String> applicationPermissions) {

  public RegisteredApplication {
    if (clientId == null || clientId.isBlank()) {
      throw new IllegalArgumentException("An application needs a client id");
    }
    secrets = Set.copyOf(secrets);
    redirectUris = List.copyOf(redirectUris);
    delegatedPermissions = Set.copyOf(delegatedPermissions);
    applicationPermissions = Set.copyOf(applicationPermissions);
  }

  /**
   * A confidential client with one secret and one redirect URI that may act for users through EWS
   * and, after admin consent, as itself with {@code full_access_as_app}.
   */
  public static RegisteredApplication exchangeClient(
      String clientId, String displayName, String secret, String redirectUri) {
    return new RegisteredApplication(
        clientId,
        displayName,
        Set.of(secret),
        List.of(redirectUri),
        Set.of("EWS.AccessAsUser.All"),
        Set.of("full_access_as_app"));
  }

  boolean acceptsSecret(String secret) {
    return secret != null && secrets.stream().anyMatch(s -> constantTimeEquals(s, secret));
  }

  private static boolean constantTimeEquals(String expected, String given) {
    return java.security.MessageDigest.isEqual(
        expected.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        given.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
