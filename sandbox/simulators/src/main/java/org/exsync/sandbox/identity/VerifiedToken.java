package org.exsync.sandbox.identity;

import java.time.Instant;
import java.util.Set;

/**
 * The claims of a valid access token that a resource server decides on.
 *
 * @param tenantId {@code tid}
 * @param appId {@code appid}: the client the token was issued to
 * @param objectId {@code oid} of the signed-in user, or of the service principal for app-only
 * @param userPrincipalName {@code upn}/{@code preferred_username} of the user, or {@code null} for
 *     app-only tokens
 * @param audience {@code aud}
 * @param scopes delegated permissions ({@code scp}), empty for app-only
 * @param roles application permissions ({@code roles}), empty for delegated
 * @param expiresAt {@code exp}
 */
public record VerifiedToken(
    String tenantId,
    String appId,
    String objectId,
    String userPrincipalName,
    String audience,
    Set<String> scopes,
    Set<String> roles,
    Instant expiresAt) {

  public VerifiedToken {
    scopes = Set.copyOf(scopes);
    roles = Set.copyOf(roles);
  }

  /** A token acting for a signed-in user, as opposed to an application on its own. */
  public boolean delegated() {
    return userPrincipalName != null;
  }
}
