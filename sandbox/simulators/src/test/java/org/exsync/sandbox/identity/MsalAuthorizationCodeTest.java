package org.exsync.sandbox.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.MsalServiceException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.util.Map;
import org.exsync.sandbox.data.SeedUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MsalAuthorizationCodeTest {

  private final SandboxTenant tenant = new SandboxTenant();
  private final SeedUser user = tenant.user();

  @AfterEach
  void close() {
    tenant.close();
  }

  @Test
  void signInConsentAndRedeem_giveIdTokenAccountAndEwsAccessToken() throws Exception {
    ConsentFlow flow = new ConsentFlow(tenant.msal());

    Map<String, String> callback =
        flow.signInAndConsent(tenant.browser(), user.email(), user.password());
    assertThat(callback).containsEntry("state", flow.state).containsKey("code");
    IAuthenticationResult result = flow.redeem(callback.get("code"));

    JWTClaimsSet id = SignedJWT.parse(result.idToken()).getJWTClaimsSet();
    assertThat(id.getAudience()).containsExactly(SandboxTenant.CLIENT_ID);
    assertThat(id.getIssuer())
        .isEqualTo(tenant.base() + "/" + tenant.simulator.tenantId() + "/v2.0");
    assertThat(id.getStringClaim("nonce")).isEqualTo(flow.nonce);
    assertThat(id.getStringClaim("preferred_username")).isEqualTo(user.email());
    assertThat(id.getStringClaim("oid")).isEqualTo(user.objectId());
    assertThat(id.getStringClaim("tid")).isEqualTo(tenant.simulator.tenantId());
    assertThat(id.getStringClaim("ver")).isEqualTo("2.0");
    assertThat(result.account().homeAccountId())
        .isEqualTo(user.objectId() + "." + tenant.simulator.tenantId());
    assertThat(result.account().username()).isEqualTo(user.email());
    VerifiedToken access = tenant.simulator.verify(result.accessToken());
    assertThat(access.userPrincipalName()).isEqualTo(user.email());
    assertThat(access.scopes()).containsExactly("EWS.AccessAsUser.All");
    assertThat(access.objectId()).isEqualTo(user.objectId());
    assertThat(result.scopes()).contains(SandboxTenant.EWS_SCOPE);
  }

  @Test
  void secondSignIn_skipsConsentAlreadyGiven() {
    ConsentFlow first = new ConsentFlow(tenant.msal());
    first.signInAndConsent(tenant.browser(), user.email(), user.password());

    SignInBrowser browser = tenant.browser();
    SignInBrowser.Page afterSignIn =
        browser.signIn(
            browser.open(new ConsentFlow(tenant.msal()).authorizeUrl()),
            user.email(),
            user.password());

    assertThat(afterSignIn.isConsentPage()).isFalse();
    assertThat(afterSignIn.formAction()).isEqualTo(SandboxTenant.REDIRECT_URI);
    assertThat(afterSignIn.hiddenFields()).containsKey("code");
  }

  @Test
  void codeRedeemedTwice_failsWithInvalidGrant54005() throws Exception {
    ConsentFlow flow = new ConsentFlow(tenant.msal());
    String code =
        flow.signInAndConsent(tenant.browser(), user.email(), user.password()).get("code");
    flow.redeem(code);

    MsalServiceException error = MsalClientCredentialsTest.failure(() -> flow.redeem(code));

    assertThat(error.errorCode()).isEqualTo("invalid_grant");
    assertThat(error.getMessage()).startsWith("AADSTS54005:");
  }

  @Test
  void wrongCodeVerifier_failsWithInvalidGrant501481() {
    ConsentFlow flow = new ConsentFlow(tenant.msal());
    String code =
        flow.signInAndConsent(tenant.browser(), user.email(), user.password()).get("code");

    MsalServiceException error =
        MsalClientCredentialsTest.failure(() -> flow.redeem(code, Pkce.s256().verifier()));

    assertThat(error.errorCode()).isEqualTo("invalid_grant");
    assertThat(error.getMessage()).startsWith("AADSTS501481:");
  }

  @Test
  void codeOlderThanTenMinutes_failsWithInvalidGrant70008() {
    ConsentFlow flow = new ConsentFlow(tenant.msal());
    String code =
        flow.signInAndConsent(tenant.browser(), user.email(), user.password()).get("code");
    tenant.clock.advance(java.time.Duration.ofMinutes(10));

    MsalServiceException error = MsalClientCredentialsTest.failure(() -> flow.redeem(code));

    assertThat(error.getMessage()).startsWith("AADSTS70008:");
  }

  @Test
  void oidcAuthorityFromDiscovery_redeemsCodeLikeTheTenantAuthority() throws Exception {
    // The deployed sandbox lives below a path (/sandbox/identity), which MSAL's AAD authority
    // cannot express; an OIDC authority read from the discovery document can.
    ConsentFlow flow =
        new ConsentFlow(
            com.microsoft.aad.msal4j.ConfidentialClientApplication.builder(
                    SandboxTenant.CLIENT_ID,
                    com.microsoft.aad.msal4j.ClientCredentialFactory.createFromSecret(
                        SandboxTenant.SECRET))
                .oidcAuthority(tenant.base() + "/" + tenant.simulator.tenantId() + "/v2.0/")
                .sslSocketFactory(SandboxTenant.tls().clientSocketFactory())
                .build());

    String code =
        flow.signInAndConsent(tenant.browser(), user.email(), user.password()).get("code");
    IAuthenticationResult result = flow.redeem(code);

    assertThat(tenant.simulator.verify(result.accessToken()).userPrincipalName())
        .isEqualTo(user.email());
  }
}
