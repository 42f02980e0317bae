package org.exsync.infrastructure.oauth;

import java.net.URI;
import java.util.Objects;

/**
 * The start of one sign-in: the URL the browser is sent to and the three secrets the callback is
 * checked against. The caller keeps them in the user's session, never in the page.
 *
 * @param url the authorize URL at Microsoft
 * @param state ties the callback to this start (CSRF)
 * @param nonce must come back inside the id token (replay)
 * @param codeVerifier the PKCE verifier, sent only when redeeming the code
 */
public record AuthorizationStart(URI url, String state, String nonce, String codeVerifier)
    implements java.io.Serializable {

  public AuthorizationStart {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(codeVerifier, "codeVerifier");
  }

  @Override
  public String toString() {
    return "AuthorizationStart[***]";
  }
}
