package org.exsync.sandbox.identity;

import java.time.Instant;
import java.util.Set;

/**
 * What a user granted an application at sign-in, carried by the authorization code and then by
 * every refresh token descended from it.
 *
 * @param clientId the application the grant was issued to
 * @param tenantId the user's tenant
 * @param upn the user
 * @param oidc the OpenID Connect scopes of the sign-in
 * @param permissions the resource permissions granted
 * @param authTime when the user signed in; grants from before the user's {@code TokensValidFrom}
 *     are revoked
 */
record DelegatedGrant(
    String clientId,
    String tenantId,
    String upn,
    Set<String> oidc,
    Set<String> permissions,
    Instant authTime) {

  DelegatedGrant {
    oidc = Set.copyOf(oidc);
    permissions = Set.copyOf(permissions);
  }

  boolean offlineAccess() {
    return oidc.contains("offline_access");
  }

  DelegatedGrant withPermissions(Set<String> narrowed) {
    return new DelegatedGrant(clientId, tenantId, upn, oidc, narrowed, authTime);
  }
}
