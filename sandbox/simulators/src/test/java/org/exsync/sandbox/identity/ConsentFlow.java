package org.exsync.sandbox.identity;

import com.microsoft.aad.msal4j.AuthorizationCodeParameters;
import com.microsoft.aad.msal4j.AuthorizationRequestUrlParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.RefreshTokenParameters;
import com.microsoft.aad.msal4j.ResponseMode;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What Exsync's registration page does with MSAL4J: builds the authorize URL with PKCE, state and
 * nonce, lets the user's browser sign in, and redeems the code the callback receives.
 */
final class ConsentFlow {

  final ConfidentialClientApplication msal;
  final Pkce pkce = Pkce.s256();
  final String state = UUID.randomUUID().toString();
  final String nonce = UUID.randomUUID().toString();

  ConsentFlow(ConfidentialClientApplication msal) {
    this.msal = msal;
  }

  String authorizeUrl() {
    return msal.getAuthorizationRequestUrl(
            AuthorizationRequestUrlParameters.builder(
                    SandboxTenant.REDIRECT_URI, Set.of(SandboxTenant.EWS_SCOPE))
                .codeChallenge(pkce.challenge())
                .codeChallengeMethod("S256")
                .state(state)
                .nonce(nonce)
                .responseMode(ResponseMode.FORM_POST)
                .build())
        .toString();
  }

  IAuthenticationResult redeem(String code) throws Exception {
    return redeem(code, pkce.verifier());
  }

  IAuthenticationResult redeem(String code, String verifier) throws Exception {
    return msal.acquireToken(
            AuthorizationCodeParameters.builder(code, URI.create(SandboxTenant.REDIRECT_URI))
                .scopes(Set.of(SandboxTenant.EWS_SCOPE))
                .codeVerifier(verifier)
                .build())
        .get();
  }

  /** Redeems a refresh token as Exsync does for a user whose token it stores itself. */
  IAuthenticationResult refresh(String refreshToken) throws Exception {
    return msal.acquireToken(
            RefreshTokenParameters.builder(Set.of(SandboxTenant.EWS_SCOPE), refreshToken).build())
        .get();
  }

  /** The refresh token MSAL holds in its cache (MSAL4J does not hand it out otherwise). */
  String cachedRefreshToken() {
    JsonObject cache =
        Json.createReader(new StringReader(msal.tokenCache().serialize())).readObject();
    return cache.getJsonObject("RefreshToken").values().stream()
        .map(entry -> entry.asJsonObject().getString("secret"))
        .reduce(
            (first, second) -> {
              throw new AssertionError("More than one refresh token cached");
            })
        .orElseThrow();
  }

  /** Signs in, consents and redeems the code; returns the refresh token Exsync would store. */
  String consentedRefreshToken(SignInBrowser browser, String upn, String password)
      throws Exception {
    redeem(signInAndConsent(browser, upn, password).get("code"));
    return cachedRefreshToken();
  }

  /** The callback's form fields after the browser signed in and consented. */
  Map<String, String> signInAndConsent(SignInBrowser browser, String upn, String password) {
    SignInBrowser.Page callback = browser.signInAndConsent(authorizeUrl(), upn, password);
    if (!SandboxTenant.REDIRECT_URI.equals(callback.formAction())) {
      throw new AssertionError("Expected a form_post to the callback, got " + callback.body());
    }
    return callback.hiddenFields();
  }
}
