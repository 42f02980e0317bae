package org.exsync.infrastructure.oauth;

import com.microsoft.aad.msal4j.AuthorizationCodeParameters;
import com.microsoft.aad.msal4j.AuthorizationRequestUrlParameters;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.RefreshTokenParameters;
import com.microsoft.aad.msal4j.ResponseMode;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.exsync.engine.port.Outcome;

/**
 * The Microsoft identity platform through MSAL4J: the authorize URL of a sign-in (code flow with
 * PKCE, state and nonce, answered by form_post), the redemption of its code, the refresh of a
 * stored refresh token and app-only tokens with client credentials.
 */
@ApplicationScoped
public class MsalIdentityPlatform {

  /** Delegated access to the user's own mailbox through EWS. */
  public static final String EWS_SCOPE = "https://outlook.office365.com/EWS.AccessAsUser.All";

  /** The application permissions granted by admin consent (full_access_as_app). */
  public static final String APP_ONLY_SCOPE = "https://outlook.office365.com/.default";

  /** A sign-in that succeeded: who signed in and the tokens their consent gave. */
  public record Redemption(SignedInUser user, TokenGrant tokens) {}

  public AuthorizationStart start(
      EntraRegistration registration, URI redirectUri, String loginHint) {
    String state = Pkce.randomValue();
    String nonce = Pkce.randomValue();
    String verifier = Pkce.randomValue();
    AuthorizationRequestUrlParameters.Builder parameters =
        AuthorizationRequestUrlParameters.builder(redirectUri.toString(), Set.of(EWS_SCOPE))
            .codeChallenge(Pkce.challenge(verifier))
            .codeChallengeMethod("S256")
            .state(state)
            .nonce(nonce)
            .responseMode(ResponseMode.FORM_POST);
    if (loginHint != null && !loginHint.isBlank()) {
      parameters.loginHint(loginHint);
    }
    URI url;
    try {
      url = MsalClients.build(registration).getAuthorizationRequestUrl(parameters.build()).toURI();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException("MSAL4J built an authorize URL that is no URI", e);
    }
    return new AuthorizationStart(url, state, nonce, verifier);
  }

  /**
   * Redeems the callback's code with the PKCE verifier and checks the id token.
   *
   * @throws SignInException when Microsoft refuses the code or the id token fails a check
   */
  public Redemption redeem(
      EntraRegistration registration,
      URI redirectUri,
      String code,
      AuthorizationStart start,
      Instant now) {
    ConfidentialClientApplication msal = MsalClients.build(registration);
    IAuthenticationResult result;
    try {
      result =
          msal.acquireToken(
                  AuthorizationCodeParameters.builder(code, redirectUri)
                      .scopes(Set.of(EWS_SCOPE))
                      .codeVerifier(start.codeVerifier())
                      .build())
              .get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SignInException(SignInProblem.UNREACHABLE, "Interrupted while redeeming", e);
    } catch (Exception e) {
      throw MsalFailures.ofRedemption(e);
    }
    SignedInUser user = IdTokenCheck.check(result.idToken(), registration, start.nonce(), now);
    Optional<String> refresh = CachedRefreshToken.of(msal);
    if (refresh.isEmpty()) {
      throw new SignInException(
          SignInProblem.INVALID_RESPONSE,
          "Microsoft returned no refresh token; the app registration must allow offline_access");
    }
    return new Redemption(user, grant(result, refresh));
  }

  /** A new access token for a user, and the rotated refresh token. */
  public Outcome<TokenGrant> refresh(EntraRegistration registration, String refreshToken) {
    ConfidentialClientApplication msal = MsalClients.build(registration);
    try {
      IAuthenticationResult result =
          msal.acquireToken(RefreshTokenParameters.builder(Set.of(EWS_SCOPE), refreshToken).build())
              .get();
      return Outcome.done(grant(result, CachedRefreshToken.of(msal)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.failed(MsalFailures.ofTokenCall(e));
    } catch (Exception e) {
      return Outcome.failed(MsalFailures.ofTokenCall(e));
    }
  }

  /** An app-only access token for the tenant with the client credentials. */
  public Outcome<TokenGrant> appOnly(EntraRegistration registration, String tenant) {
    ConfidentialClientApplication msal = MsalClients.build(registration.forTenant(tenant));
    try {
      IAuthenticationResult result =
          msal.acquireToken(ClientCredentialParameters.builder(Set.of(APP_ONLY_SCOPE)).build())
              .get();
      return Outcome.done(grant(result, Optional.empty()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.failed(MsalFailures.ofTokenCall(e));
    } catch (Exception e) {
      return Outcome.failed(MsalFailures.ofTokenCall(e));
    }
  }

  /** The problem an error sent to the callback stands for ({@code error}, its description). */
  public static SignInProblem callbackProblem(String error, String description) {
    return MsalFailures.ofCallbackError(error, description);
  }

  private static TokenGrant grant(IAuthenticationResult result, Optional<String> refreshToken) {
    return new TokenGrant(result.accessToken(), result.expiresOnDate().toInstant(), refreshToken);
  }
}
