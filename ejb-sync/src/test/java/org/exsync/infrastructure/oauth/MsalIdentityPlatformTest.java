package org.exsync.infrastructure.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.Map;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.port.Outcome;
import org.exsync.sandbox.identity.VerifiedToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** MSAL4J as Exsync drives it, against the sandbox's Microsoft sign-in over HTTPS. */
class MsalIdentityPlatformTest {

  private final SimulatedTenant tenant = new SimulatedTenant();
  private final MsalIdentityPlatform platform = new MsalIdentityPlatform();

  @AfterEach
  void close() {
    tenant.close();
  }

  @Test
  void signIn_redeemsTheCodeWithPkce_andNamesTheAccount() throws Exception {
    MsalIdentityPlatform.Redemption redemption = signInAndRedeem(tenant.registration());

    assertThat(redemption.user().upn()).isEqualTo(tenant.user().email());
    assertThat(redemption.user().objectId()).isEqualTo(tenant.user().objectId());
    assertThat(redemption.user().tenantId()).isEqualTo(tenant.simulator.tenantId());
    assertThat(redemption.tokens().refreshToken()).isPresent();
    VerifiedToken access = tenant.simulator.verify(redemption.tokens().accessToken());
    assertThat(access.scopes()).containsExactly("EWS.AccessAsUser.All");
  }

  @Test
  void signIn_throughAnOpenIdIssuerBelowAPath_worksLikeTheTenantAuthority() {
    EntraRegistration oidc =
        tenant.registration(
            tenant.server.baseUri() + "/" + tenant.simulator.tenantId() + "/v2.0/",
            tenant.simulator.tenantId());

    assertThat(signInAndRedeem(oidc).user().upn()).isEqualTo(tenant.user().email());
  }

  @Test
  void refresh_rotatesTheRefreshToken_andGivesAnEwsToken() throws Exception {
    String first = signInAndRedeem(tenant.registration()).tokens().refreshToken().orElseThrow();

    Outcome<TokenGrant> refreshed = platform.refresh(tenant.registration(), first);

    assertThat(refreshed.isDone()).as(String.valueOf(refreshed.failure())).isTrue();
    assertThat(refreshed.value().refreshToken()).isPresent().get().isNotEqualTo(first);
    assertThat(tenant.simulator.verify(refreshed.value().accessToken()).userPrincipalName())
        .isEqualTo(tenant.user().email());
  }

  @Test
  void refreshAfterTheSessionsWereRevoked_needsReauthenticationWithAadsts50173() throws Exception {
    String refresh = signInAndRedeem(tenant.registration()).tokens().refreshToken().orElseThrow();
    Thread.sleep(1100);
    tenant.simulator.revokeSessions(tenant.user().email());

    Failure failure = platform.refresh(tenant.registration(), refresh).failure().orElseThrow();

    assertThat(failure.kind()).isEqualTo(FailureKind.NEEDS_REAUTHENTICATION);
    assertThat(failure.reason()).startsWith("AADSTS50173");
  }

  @Test
  void refreshAfterConsentWasRevoked_needsReauthenticationWithAadsts65001() {
    String refresh = signInAndRedeem(tenant.registration()).tokens().refreshToken().orElseThrow();
    tenant.simulator.revokeConsent(tenant.user().email(), SimulatedTenant.CLIENT_ID);

    Failure failure = platform.refresh(tenant.registration(), refresh).failure().orElseThrow();

    assertThat(failure.kind()).isEqualTo(FailureKind.NEEDS_REAUTHENTICATION);
    assertThat(failure.reason()).startsWith("AADSTS65001");
  }

  @Test
  void replayedCode_isRefused() {
    AuthorizationStart start = start(tenant.registration());
    String code = tenant.signIn(start).get("code");
    platform.redeem(tenant.registration(), SimulatedTenant.REDIRECT, code, start, Instant.now());

    SignInException replay = redeemFails(tenant.registration(), code, start);

    assertThat(replay.problem()).isEqualTo(SignInProblem.INVALID_RESPONSE);
    assertThat(replay.getMessage()).contains("AADSTS54005");
  }

  @Test
  void codeWithoutItsPkceVerifier_isRefused() {
    AuthorizationStart start = start(tenant.registration());
    String code = tenant.signIn(start).get("code");
    AuthorizationStart otherVerifier =
        new AuthorizationStart(start.url(), start.state(), start.nonce(), Pkce.randomValue());

    SignInException refused = redeemFails(tenant.registration(), code, otherVerifier);

    assertThat(refused.problem()).isEqualTo(SignInProblem.INVALID_RESPONSE);
    assertThat(refused.getMessage()).contains("AADSTS501481");
  }

  @Test
  void idTokenWithAnotherNonce_isRefused() {
    AuthorizationStart start = start(tenant.registration());
    String code = tenant.signIn(start).get("code");
    AuthorizationStart otherNonce =
        new AuthorizationStart(
            start.url(), start.state(), Pkce.randomValue(), start.codeVerifier());

    SignInException refused = redeemFails(tenant.registration(), code, otherNonce);

    assertThat(refused.problem()).isEqualTo(SignInProblem.INVALID_RESPONSE);
    assertThat(refused.getMessage()).contains("nonce");
  }

  @Test
  void accountOfAnotherTenant_isTheWrongTenant() {
    EntraRegistration otherTenant =
        tenant.registration(
            tenant.server.baseUri() + "/" + tenant.simulator.tenantId() + "/",
            "11111111-2222-3333-4444-555555555555");

    SignInException refused =
        catchThrowableOfType(SignInException.class, () -> signInAndRedeem(otherTenant));

    assertThat(refused.problem()).isEqualTo(SignInProblem.WRONG_TENANT);
  }

  @Test
  void appOnly_givesATokenWithFullAccessAsApp() throws Exception {
    Outcome<TokenGrant> token =
        platform.appOnly(tenant.registration(), tenant.simulator.tenantId());

    assertThat(tenant.simulator.verify(token.value().accessToken()).roles())
        .containsExactly("full_access_as_app");
  }

  @Test
  void wrongClientSecret_isDeniedWithTheFix() {
    Failure failure =
        platform
            .appOnly(tenant.registration().withClientSecret("wrong"), tenant.simulator.tenantId())
            .failure()
            .orElseThrow();

    assertThat(failure.kind()).isEqualTo(FailureKind.DENIED);
    assertThat(failure.fix()).contains("client secret");
  }

  @Test
  void identityPlatformNotListening_isTransient() {
    String closed = tenant.server.baseUri().toString();
    tenant.close();

    Failure failure =
        platform
            .refresh(
                tenant.registration(closed + "/" + tenant.simulator.tenantId() + "/", "x"), "rt")
            .failure()
            .orElseThrow();

    assertThat(failure.kind()).isEqualTo(FailureKind.TRANSIENT);
  }

  @Test
  void redeemingWhileMicrosoftIsUnreachable_isTheUnreachablePage() {
    AuthorizationStart start = start(tenant.registration());
    String code = tenant.signIn(start).get("code");
    EntraRegistration registration = tenant.registration();
    tenant.close();

    SignInException refused = redeemFails(registration, code, start);

    assertThat(refused.problem()).isEqualTo(SignInProblem.UNREACHABLE);
  }

  private MsalIdentityPlatform.Redemption signInAndRedeem(EntraRegistration registration) {
    AuthorizationStart start = start(registration);
    Map<String, String> callback = tenant.signIn(start);
    assertThat(callback.get("state")).isEqualTo(start.state());
    return platform.redeem(
        registration, SimulatedTenant.REDIRECT, callback.get("code"), start, Instant.now());
  }

  private AuthorizationStart start(EntraRegistration registration) {
    return platform.start(registration, SimulatedTenant.REDIRECT, tenant.user().email());
  }

  private SignInException redeemFails(
      EntraRegistration registration, String code, AuthorizationStart start) {
    return catchThrowableOfType(
        SignInException.class,
        () -> platform.redeem(registration, SimulatedTenant.REDIRECT, code, start, Instant.now()));
  }
}
