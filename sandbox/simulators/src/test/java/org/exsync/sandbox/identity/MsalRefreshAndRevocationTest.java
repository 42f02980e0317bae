package org.exsync.sandbox.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.MsalServiceException;
import java.time.Duration;
import org.exsync.sandbox.data.SeedUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MsalRefreshAndRevocationTest {

  private final SandboxTenant tenant = new SandboxTenant();
  private final SeedUser user = tenant.user();
  private ConsentFlow flow;
  private String refreshToken;

  @BeforeEach
  void consent() throws Exception {
    flow = new ConsentFlow(tenant.msal());
    refreshToken = flow.consentedRefreshToken(tenant.browser(), user.email(), user.password());
  }

  @AfterEach
  void close() {
    tenant.close();
  }

  @Test
  void refresh_returnsNewRefreshTokenAndEwsAccessToken() throws Exception {
    IAuthenticationResult result = new ConsentFlow(tenant.msal()).refresh(refreshToken);

    assertThat(tenant.simulator.verify(result.accessToken()).scopes())
        .containsExactly("EWS.AccessAsUser.All");
    assertThat(result.account().homeAccountId())
        .isEqualTo(user.objectId() + "." + tenant.simulator.tenantId());
    assertThat(tenant.simulator.counters().get("tokens.issued.refresh_token")).isEqualTo(1);
  }

  @Test
  void refresh_rotatesTheRefreshToken() throws Exception {
    ConsentFlow server = new ConsentFlow(tenant.msal());
    server.refresh(refreshToken);

    assertThat(server.cachedRefreshToken()).isNotEqualTo(refreshToken);
  }

  @Test
  void olderRefreshTokenAfterRotation_stillRedeemsUntilItsOwnExpiry() throws Exception {
    new ConsentFlow(tenant.msal()).refresh(refreshToken);

    IAuthenticationResult again = new ConsentFlow(tenant.msal()).refresh(refreshToken);

    assertThat(tenant.simulator.verify(again.accessToken()).userPrincipalName())
        .isEqualTo(user.email());
  }

  @Test
  void refreshAfterPasswordReset_failsWithInvalidGrant50173() {
    tenant.clock.advance(Duration.ofMinutes(1));
    tenant.simulator.resetPassword(user.email(), "New-Passw0rd!");

    MsalServiceException error =
        MsalClientCredentialsTest.failure(() -> flow.refresh(refreshToken));

    assertThat(error.errorCode()).isEqualTo("invalid_grant");
    assertThat(error.getMessage())
        .startsWith(
            "AADSTS50173: The provided grant has expired due to it being revoked, a fresh auth"
                + " token is needed. The user might have changed or reset their password.");
  }

  @Test
  void signInAgainAfterPasswordReset_givesWorkingRefreshToken() throws Exception {
    tenant.clock.advance(Duration.ofMinutes(1));
    tenant.simulator.resetPassword(user.email(), "New-Passw0rd!");

    ConsentFlow again = new ConsentFlow(tenant.msal());
    String renewed = again.consentedRefreshToken(tenant.browser(), user.email(), "New-Passw0rd!");

    assertThat(again.refresh(renewed).accessToken()).isNotBlank();
  }

  @Test
  void refreshAfterSessionsRevoked_failsWithInvalidGrant50173() {
    tenant.clock.advance(Duration.ofSeconds(1));
    tenant.simulator.revokeSessions(user.email());

    MsalServiceException error =
        MsalClientCredentialsTest.failure(() -> flow.refresh(refreshToken));

    assertThat(error.getMessage()).startsWith("AADSTS50173:");
    assertThat(tenant.simulator.counters().get("grants.refused.invalid_grant")).isEqualTo(1);
  }

  @Test
  void refreshAfterConsentRevoked_failsWithInvalidGrant65001() {
    tenant.simulator.revokeConsent(user.email(), SandboxTenant.CLIENT_ID);

    MsalServiceException error =
        MsalClientCredentialsTest.failure(() -> flow.refresh(refreshToken));

    assertThat(error.errorCode()).isEqualTo("invalid_grant");
    assertThat(error.getMessage()).startsWith("AADSTS65001: The user or administrator has not");
  }

  @Test
  void refreshUnusedFor90Days_failsWithInvalidGrant700082() {
    tenant.clock.advance(Duration.ofDays(90));

    MsalServiceException error =
        MsalClientCredentialsTest.failure(() -> flow.refresh(refreshToken));

    assertThat(error.errorCode()).isEqualTo("invalid_grant");
    assertThat(error.getMessage()).startsWith("AADSTS700082: The refresh token has expired");
  }

  @Test
  void refreshUsedWithin90Days_keepsWorkingBeyond90DaysInTotal() throws Exception {
    tenant.clock.advance(Duration.ofDays(60));
    ConsentFlow server = new ConsentFlow(tenant.msal());
    server.refresh(refreshToken);
    tenant.clock.advance(Duration.ofDays(60));

    assertThat(server.refresh(server.cachedRefreshToken()).accessToken()).isNotBlank();
  }
}
