package org.exsync.sandbox.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.exsync.sandbox.http.SimResponse;
import org.junit.jupiter.api.Test;

class TokenEndpointProtocolTest {

  private final SandboxTenant tenant = new SandboxTenant();
  private final DirectCalls calls = new DirectCalls(tenant.simulator);
  private final String tokenPath = "/" + tenant.simulator.tenantId() + "/oauth2/v2.0/token";

  @org.junit.jupiter.api.AfterEach
  void close() {
    tenant.close();
  }

  @Test
  void clientSecretByHttpBasic_isAcceptedAndAnswersMicrosoftsTokenResponse() {
    tenant.simulator.grantAdminConsent(SandboxTenant.CLIENT_ID);
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (SandboxTenant.CLIENT_ID + ":" + SandboxTenant.SECRET)
                    .getBytes(StandardCharsets.UTF_8));

    SimResponse response =
        calls.post(
            tokenPath,
            Map.of("grant_type", "client_credentials", "scope", SandboxTenant.APP_ONLY_SCOPE),
            Map.of("Authorization", List.of("Basic " + basic)));

    assertThat(response.status()).isEqualTo(200);
    JsonObject body = DirectCalls.json(response);
    assertThat(body.getString("token_type")).isEqualTo("Bearer");
    assertThat(body.getInt("expires_in")).isBetween(3600, 5400);
    assertThat(body.getInt("ext_expires_in")).isEqualTo(body.getInt("expires_in"));
    assertThat(body.getString("access_token")).contains(".");
    assertThat(response.headers().get("Cache-Control")).containsExactly("no-store, no-cache");
  }

  @Test
  void errorBody_hasMicrosoftsFieldsAndEchoesClientRequestId() {
    SimResponse response =
        calls.post(
            tokenPath,
            Map.of(
                "grant_type",
                "client_credentials",
                "client_id",
                SandboxTenant.CLIENT_ID,
                "client_secret",
                "wrong",
                "scope",
                SandboxTenant.APP_ONLY_SCOPE),
            Map.of("client-request-id", List.of("5a0d2c1e-0000-4000-8000-000000000001")));

    assertThat(response.status()).isEqualTo(401);
    JsonObject body = DirectCalls.json(response);
    assertThat(body.getString("error")).isEqualTo("invalid_client");
    assertThat(body.getJsonArray("error_codes").getInt(0)).isEqualTo(7000215);
    assertThat(body.getString("correlation_id")).isEqualTo("5a0d2c1e-0000-4000-8000-000000000001");
    assertThat(body.getString("timestamp")).isEqualTo("2026-03-02 08:00:00Z");
    assertThat(body.getString("error_description"))
        .startsWith("AADSTS7000215: ")
        .contains("\r\nTrace ID: " + body.getString("trace_id"))
        .contains("\r\nCorrelation ID: 5a0d2c1e-0000-4000-8000-000000000001")
        .endsWith("\r\nTimestamp: 2026-03-02 08:00:00Z");
  }

  @Test
  void unknownTenant_failsWithAadsts90002() {
    SimResponse response =
        calls.post(
            "/contoso.example/oauth2/v2.0/token",
            Map.of("grant_type", "client_credentials", "client_id", SandboxTenant.CLIENT_ID));

    assertThat(response.status()).isEqualTo(400);
    assertThat(DirectCalls.json(response).getString("error_description"))
        .startsWith("AADSTS90002: Tenant 'contoso.example' not found.");
  }

  @Test
  void unknownClient_failsWithUnauthorizedClient700016() {
    JsonObject body =
        DirectCalls.json(
            calls.post(
                tokenPath,
                Map.of(
                    "grant_type", "client_credentials",
                    "client_id", "00000000-1111-2222-3333-444444444444",
                    "client_secret", "x",
                    "scope", SandboxTenant.APP_ONLY_SCOPE)));

    assertThat(body.getString("error")).isEqualTo("unauthorized_client");
    assertThat(body.getJsonArray("error_codes").getInt(0)).isEqualTo(700016);
  }

  @Test
  void clientCredentialsAtCommon_failsWithoutTenant50059() {
    JsonObject body =
        DirectCalls.json(
            calls.post(
                "/common/oauth2/v2.0/token",
                Map.of(
                    "grant_type", "client_credentials",
                    "client_id", SandboxTenant.CLIENT_ID,
                    "client_secret", SandboxTenant.SECRET,
                    "scope", SandboxTenant.APP_ONLY_SCOPE)));

    assertThat(body.getJsonArray("error_codes").getInt(0)).isEqualTo(50059);
  }

  @Test
  void tenantAddressedByDomain_issuesTokenForTheTenantId() throws Exception {
    tenant.simulator.grantAdminConsent(SandboxTenant.CLIENT_ID);
    JsonObject body =
        DirectCalls.json(
            calls.post(
                "/" + tenant.world.domain() + "/oauth2/v2.0/token",
                Map.of(
                    "grant_type", "client_credentials",
                    "client_id", SandboxTenant.CLIENT_ID,
                    "client_secret", SandboxTenant.SECRET,
                    "scope", SandboxTenant.APP_ONLY_SCOPE)));

    assertThat(tenant.simulator.verify(body.getString("access_token")).tenantId())
        .isEqualTo(tenant.simulator.tenantId());
  }

  @Test
  void unsupportedGrantType_failsWith70003() {
    JsonObject body =
        DirectCalls.json(
            calls.post(
                tokenPath,
                Map.of(
                    "grant_type", "password",
                    "client_id", SandboxTenant.CLIENT_ID,
                    "client_secret", SandboxTenant.SECRET)));

    assertThat(body.getString("error")).isEqualTo("unsupported_grant_type");
  }

  @Test
  void getOnTokenEndpoint_failsWith900561() {
    SimResponse response = calls.get(tokenPath);

    assertThat(response.status()).isEqualTo(400);
    assertThat(DirectCalls.json(response).getJsonArray("error_codes").getInt(0)).isEqualTo(900561);
  }

  @Test
  void unknownPath_isNotFound() {
    assertThat(calls.get("/" + tenant.simulator.tenantId() + "/oauth2/token").status())
        .isEqualTo(404);
    assertThat(calls.get("/").status()).isEqualTo(404);
  }
}
