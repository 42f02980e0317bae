package org.exsync.sandbox.identity;

import java.time.Instant;
import java.util.Map;
import org.exsync.sandbox.identity.Directory.TenantPath;

/**
 * A validated {@code authorize} request waiting for the user to sign in and consent. Microsoft
 * carries this state in its {@code ctx}/{@code flowToken} form fields; the simulator keeps it
 * server-side under the same name.
 *
 * @param tenant the tenant the request was addressed to
 * @param app the client
 * @param redirectUri the registered redirect URI the answer goes to
 * @param responseMode {@code query}, {@code fragment} or {@code form_post}
 * @param scopes the scopes asked for
 * @param state echoed to the client, or {@code null}
 * @param nonce put into the id token, or {@code null}
 * @param codeChallenge the PKCE challenge, or {@code null}
 * @param challengeMethod {@code S256} or {@code plain}
 * @param forceConsent {@code prompt=consent}: show the consent page even when already granted
 * @param loginHint pre-fills the sign-in name, or {@code null}
 * @param clientInfo whether the client asked for {@code client_info} ({@code client_info=1})
 * @param upn the signed-in user once the password was accepted, else {@code null}
 * @param authTime when the user signed in, else {@code null}
 * @param expiresAt when the sign-in page stops accepting this context
 */
record AuthorizationRequest(
    TenantPath tenant,
    RegisteredApplication app,
    String redirectUri,
    String responseMode,
    ScopeRequest scopes,
    String state,
    String nonce,
    String codeChallenge,
    String challengeMethod,
    boolean forceConsent,
    String loginHint,
    boolean clientInfo,
    String upn,
    Instant authTime,
    Instant expiresAt) {

  AuthorizationRequest signedIn(String user, Instant at) {
    return new AuthorizationRequest(
        tenant,
        app,
        redirectUri,
        responseMode,
        scopes,
        state,
        nonce,
        codeChallenge,
        challengeMethod,
        forceConsent,
        loginHint,
        clientInfo,
        user,
        at,
        expiresAt);
  }

  /** Parameters every answer to the redirect URI carries besides its own. */
  Map<String, String> echoed() {
    return state == null ? Map.of() : Map.of("state", state);
  }
}
