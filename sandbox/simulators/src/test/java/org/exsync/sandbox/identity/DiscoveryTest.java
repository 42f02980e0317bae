package org.exsync.sandbox.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import java.util.Map;
import org.exsync.sandbox.http.SimResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DiscoveryTest {

  private final SandboxTenant tenant = new SandboxTenant();
  private final DirectCalls calls = new DirectCalls(tenant.simulator);
  private final String tid = tenant.simulator.tenantId();

  @AfterEach
  void close() {
    tenant.close();
  }

  @Test
  void openIdConfiguration_parsesAsOidcMetadataWithTenantEndpoints() throws Exception {
    OIDCProviderMetadata metadata =
        OIDCProviderMetadata.parse(
            calls.get("/" + tid + "/v2.0/.well-known/openid-configuration").bodyText());

    String tenantBase = DirectCalls.BASE + "/" + tid;
    assertThat(metadata.getIssuer().getValue()).isEqualTo(tenantBase + "/v2.0");
    assertThat(metadata.getTokenEndpointURI()).hasToString(tenantBase + "/oauth2/v2.0/token");
    assertThat(metadata.getAuthorizationEndpointURI())
        .hasToString(tenantBase + "/oauth2/v2.0/authorize");
    assertThat(metadata.getJWKSetURI()).hasToString(tenantBase + "/discovery/v2.0/keys");
  }

  @Test
  void openIdConfigurationByDomain_namesTheTenantById() throws Exception {
    OIDCProviderMetadata metadata =
        OIDCProviderMetadata.parse(
            calls
                .get("/" + tenant.world.domain() + "/v2.0/.well-known/openid-configuration")
                .bodyText());

    assertThat(metadata.getIssuer().getValue()).isEqualTo(DirectCalls.BASE + "/" + tid + "/v2.0");
  }

  @Test
  void openIdConfigurationAtCommon_hasTheTenantIdTemplateIssuer() {
    // The literal {tenantid} is Microsoft's; strict parsers such as nimbus refuse it as a URI.
    jakarta.json.JsonObject metadata =
        DirectCalls.json(calls.get("/common/v2.0/.well-known/openid-configuration"));

    assertThat(metadata.getString("issuer")).isEqualTo(DirectCalls.BASE + "/{tenantid}/v2.0");
    assertThat(metadata.getString("token_endpoint"))
        .isEqualTo(DirectCalls.BASE + "/common/oauth2/v2.0/token");
  }

  @Test
  void unknownTenant_isInvalidTenant90002() {
    SimResponse response = calls.get("/nowhere.example/v2.0/.well-known/openid-configuration");

    assertThat(response.status()).isEqualTo(400);
    assertThat(DirectCalls.json(response).getString("error")).isEqualTo("invalid_tenant");
    assertThat(DirectCalls.json(response).getJsonArray("error_codes").getInt(0)).isEqualTo(90002);
  }

  @Test
  void idToken_verifiesWithThePublishedKey() throws Exception {
    ConsentFlow flow = new ConsentFlow(tenant.msal());
    String code =
        flow.signInAndConsent(tenant.browser(), tenant.user().email(), tenant.user().password())
            .get("code");
    SignedJWT idToken = SignedJWT.parse(flow.redeem(code).idToken());

    JWKSet keys = JWKSet.parse(calls.get("/" + tid + "/discovery/v2.0/keys").bodyText());
    RSAKey key = (RSAKey) keys.getKeyByKeyId(idToken.getHeader().getKeyID());

    assertThat(key).isNotNull();
    assertThat(idToken.verify(new RSASSAVerifier(key))).isTrue();
  }

  @Test
  void accessToken_verifiesWithThePublishedKeyButNotWithAnotherKey() throws Exception {
    String token =
        DirectCalls.json(
                calls.post(
                    "/" + tid + "/oauth2/v2.0/token",
                    Map.of(
                        "grant_type", "client_credentials",
                        "client_id", SandboxTenant.CLIENT_ID,
                        "client_secret", SandboxTenant.SECRET,
                        "scope", SandboxTenant.APP_ONLY_SCOPE)))
            .getString("access_token");
    SignedJWT jwt = SignedJWT.parse(token);
    RSAKey published =
        (RSAKey) JWKSet.parse(calls.get("/" + tid + "/discovery/keys").bodyText()).getKeys().get(0);
    IdentitySimulator other = new IdentitySimulator();
    other.seed(tenant.world);
    RSAKey foreign =
        (RSAKey)
            JWKSet.parse(new DirectCalls(other).get("/common/discovery/v2.0/keys").bodyText())
                .getKeys()
                .get(0);

    assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("https://sts.windows.net/" + tid + "/");
    assertThat(jwt.getJWTClaimsSet().getStringClaim("ver")).isEqualTo("1.0");
    assertThat(jwt.verify(new RSASSAVerifier(published))).isTrue();
    assertThat(jwt.verify(new RSASSAVerifier(foreign))).isFalse();
  }
}
