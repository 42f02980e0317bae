package org.exsync.infrastructure.exchange;

import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.MsalServiceException;
import com.microsoft.aad.msal4j.RefreshTokenParameters;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.exsync.engine.port.AccessTokens;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.Outcome;

/**
 * A test-side token source over MSAL4J against the identity simulator, standing in for Exsync's
 * token service: app-only tokens by client credentials, delegated ones by a refresh token. It
 * counts how often it was asked to renew.
 */
final class MsalTokens implements AccessTokens {

  static final String APP_ONLY_SCOPE = "https://outlook.office365.com/.default";
  static final String DELEGATED_SCOPE = "https://outlook.office365.com/EWS.AccessAsUser.All";

  private final ConfidentialClientApplication msal;
  private final String refreshToken;
  private final AtomicInteger renewals = new AtomicInteger();
  private String cached;

  private MsalTokens(ConfidentialClientApplication msal, String refreshToken) {
    this.msal = msal;
    this.refreshToken = refreshToken;
  }

  static MsalTokens appOnly(ConfidentialClientApplication msal) {
    return new MsalTokens(msal, null);
  }

  static MsalTokens delegated(ConfidentialClientApplication msal, String refreshToken) {
    return new MsalTokens(msal, refreshToken);
  }

  int renewals() {
    return renewals.get();
  }

  @Override
  public synchronized Outcome<String> current() {
    return cached != null ? Outcome.done(cached) : acquire();
  }

  @Override
  public synchronized Outcome<String> renewed() {
    renewals.incrementAndGet();
    return acquire();
  }

  private Outcome<String> acquire() {
    try {
      IAuthenticationResult result =
          refreshToken == null
              ? msal.acquireToken(
                      ClientCredentialParameters.builder(Set.of(APP_ONLY_SCOPE))
                          .skipCache(true)
                          .build())
                  .get()
              : msal.acquireToken(
                      RefreshTokenParameters.builder(Set.of(DELEGATED_SCOPE), refreshToken).build())
                  .get();
      cached = result.accessToken();
      return Outcome.done(cached);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof MsalServiceException refused
          && "invalid_grant".equals(refused.errorCode())) {
        return Outcome.failed(Failure.needsReauthentication(refused.getMessage()));
      }
      return Outcome.failed(Failure.transientFailure("No token: " + e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.failed(Failure.transientFailure("Interrupted while asking for a token"));
    }
  }
}
