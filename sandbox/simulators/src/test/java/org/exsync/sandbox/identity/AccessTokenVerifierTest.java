package org.exsync.sandbox.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.exsync.sandbox.identity.AccessTokenVerifier.InvalidTokenException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccessTokenVerifierTest {

  private final SandboxTenant tenant = new SandboxTenant();

  @AfterEach
  void close() {
    tenant.close();
  }

  private String appOnlyToken(IdentitySimulator simulator) {
    return DirectCalls.json(
            new DirectCalls(simulator)
                .post(
                    "/" + simulator.tenantId() + "/oauth2/v2.0/token",
                    Map.of(
                        "grant_type", "client_credentials",
                        "client_id", SandboxTenant.CLIENT_ID,
                        "client_secret", SandboxTenant.SECRET,
                        "scope", SandboxTenant.APP_ONLY_SCOPE)))
        .getString("access_token");
  }

  @Test
  void freshToken_verifiesWithItsClaims() throws Exception {
    VerifiedToken token = tenant.simulator.verify(appOnlyToken(tenant.simulator));

    assertThat(token.objectId())
        .isEqualTo(
            TokenMinter.servicePrincipalId(tenant.simulator.tenantId(), SandboxTenant.CLIENT_ID));
    assertThat(token.expiresAt()).isAfter(tenant.clock.instant().plus(Duration.ofMinutes(59)));
  }

  @Test
  void expiredToken_isRefusedOnceClockSkewHasPassed() throws Exception {
    String token = appOnlyToken(tenant.simulator);
    Duration lifetime =
        Duration.between(tenant.clock.instant(), tenant.simulator.verify(token).expiresAt());
    tenant.clock.advance(lifetime.plusMinutes(4));
    tenant.simulator.verify(token);
    tenant.clock.advance(Duration.ofMinutes(2));

    assertThatThrownBy(() -> tenant.simulator.verify(token))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("expired");
  }

  @Test
  void tamperedPayload_isRefused() {
    String[] parts = appOnlyToken(tenant.simulator).split("\\.");
    String forged =
        JwtSigner.encode(
            "{\"aud\":\"https://outlook.office365.com\",\"roles\":[\"full_access_as_app\"]}");

    assertThatThrownBy(() -> tenant.simulator.verify(parts[0] + "." + forged + "." + parts[2]))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("signature");
  }

  @Test
  void tokenFromAnotherSimulator_isRefused() {
    IdentitySimulator other = new IdentitySimulator(IdentitySettings.defaults(), tenant.clock);
    other.seed(tenant.world);
    other.registerApplication(
        RegisteredApplication.exchangeClient(
            SandboxTenant.CLIENT_ID, "Exsync", SandboxTenant.SECRET, SandboxTenant.REDIRECT_URI));

    assertThatThrownBy(() -> tenant.simulator.verify(appOnlyToken(other)))
        .isInstanceOf(InvalidTokenException.class);
  }

  @Test
  void idToken_isRefusedAsAccessToken() throws Exception {
    ConsentFlow flow = new ConsentFlow(tenant.msal());
    String code =
        flow.signInAndConsent(tenant.browser(), tenant.user().email(), tenant.user().password())
            .get("code");
    String idToken = flow.redeem(code).idToken();

    assertThatThrownBy(() -> tenant.simulator.verify(idToken))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessageContaining("issuer");
  }

  @Test
  void garbage_isRefusedWithoutAnUncheckedException() {
    for (String garbage : new String[] {"", "abc", "a.b.c", "a.b", "....", null}) {
      assertThatThrownBy(() -> tenant.simulator.verify(garbage))
          .isInstanceOf(InvalidTokenException.class);
    }
  }

  @Test
  void configuredLifetime_setsExpiry() throws Exception {
    IdentitySimulator shortLived =
        new IdentitySimulator(
            IdentitySettings.defaults().withAccessTokenLifetime(Duration.ofMinutes(60)),
            tenant.clock);
    shortLived.seed(tenant.world);
    shortLived.registerApplication(
        RegisteredApplication.exchangeClient(
            SandboxTenant.CLIENT_ID, "Exsync", SandboxTenant.SECRET, SandboxTenant.REDIRECT_URI));

    assertThat(shortLived.verify(appOnlyToken(shortLived)).expiresAt())
        .isEqualTo(tenant.clock.instant().plus(Duration.ofMinutes(60)));
  }
}
