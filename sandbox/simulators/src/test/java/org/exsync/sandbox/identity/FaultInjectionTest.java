package org.exsync.sandbox.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.microsoft.aad.msal4j.ClientCredentialParameters;
import jakarta.json.JsonException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.exsync.sandbox.control.FaultKind;
import org.exsync.sandbox.control.FaultRule;
import org.exsync.sandbox.http.SimResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {

  private final SandboxTenant tenant = new SandboxTenant();
  private final DirectCalls calls = new DirectCalls(tenant.simulator);
  private final String tokenPath = "/" + tenant.simulator.tenantId() + "/oauth2/v2.0/token";

  @AfterEach
  void close() {
    tenant.close();
  }

  private SimResponse clientCredentials() {
    return calls.post(
        tokenPath,
        Map.of(
            "grant_type", "client_credentials",
            "client_id", SandboxTenant.CLIENT_ID,
            "client_secret", SandboxTenant.SECRET,
            "scope", SandboxTenant.APP_ONLY_SCOPE));
  }

  @Test
  void serviceError503_isTemporarilyUnavailable90033WithRetryAfter() {
    tenant
        .simulator
        .faults()
        .add(FaultRule.always(FaultKind.SERVICE_ERROR).forOperation("token").times(1));

    SimResponse failed = clientCredentials();

    assertThat(failed.status()).isEqualTo(503);
    assertThat(DirectCalls.json(failed).getString("error")).isEqualTo("temporarily_unavailable");
    assertThat(DirectCalls.json(failed).getJsonArray("error_codes").getInt(0)).isEqualTo(90033);
    assertThat(failed.headers().get("Retry-After")).containsExactly("5");
    assertThat(clientCredentials().status()).isEqualTo(200);
    assertThat(tenant.simulator.counters().get("faults.SERVICE_ERROR")).isEqualTo(1);
  }

  @Test
  void httpStatus500_isServerError() {
    tenant
        .simulator
        .faults()
        .add(FaultRule.always(FaultKind.HTTP_STATUS).withStatus(500).forOperation("token"));

    SimResponse failed = clientCredentials();

    assertThat(failed.status()).isEqualTo(500);
    assertThat(DirectCalls.json(failed).getString("error")).isEqualTo("server_error");
  }

  @Test
  void malformedBody_isCutOffJson() {
    tenant.simulator.faults().add(FaultRule.always(FaultKind.MALFORMED_BODY).forOperation("token"));

    SimResponse broken = clientCredentials();

    assertThat(broken.status()).isEqualTo(200);
    assertThat(catchThrowable(() -> DirectCalls.json(broken))).isInstanceOf(JsonException.class);
  }

  @Test
  void faultForOneClient_leavesOtherClientsAlone() {
    tenant.simulator.registerApplication(
        RegisteredApplication.exchangeClient(
            "other-client", "Other", "other-secret", "https://o.example/cb"));
    tenant
        .simulator
        .faults()
        .add(FaultRule.always(FaultKind.DROP_CONNECTION).forPrincipal("other-client"));

    assertThat(clientCredentials().dropConnection()).isFalse();
    assertThat(
            calls
                .post(
                    tokenPath,
                    Map.of(
                        "grant_type", "client_credentials",
                        "client_id", "other-client",
                        "client_secret", "other-secret",
                        "scope", SandboxTenant.APP_ONLY_SCOPE))
                .dropConnection())
        .isTrue();
  }

  @Test
  void faultForOneUser_hitsThatUsersRefresh() throws Exception {
    ConsentFlow flow = new ConsentFlow(tenant.msal());
    String refreshToken =
        flow.consentedRefreshToken(
            tenant.browser(), tenant.user().email(), tenant.user().password());
    tenant
        .simulator
        .faults()
        .add(
            FaultRule.always(FaultKind.HTTP_STATUS)
                .withStatus(400)
                .forOperation("token")
                .forPrincipal(tenant.user().email()));

    Throwable failure = catchThrowable(() -> flow.refresh(refreshToken));

    assertThat(failure).isInstanceOf(ExecutionException.class);
    assertThat(failure.getCause()).hasMessageContaining("AADSTS90100");
  }

  @Test
  void droppedConnection_reachesMsalAsAFailure() {
    tenant
        .simulator
        .faults()
        .add(FaultRule.always(FaultKind.DROP_CONNECTION).forOperation("token"));

    Throwable failure =
        catchThrowable(
            () ->
                tenant
                    .msal()
                    .acquireToken(
                        ClientCredentialParameters.builder(Set.of(SandboxTenant.APP_ONLY_SCOPE))
                            .build())
                    .get());

    assertThat(failure).isInstanceOf(ExecutionException.class);
    assertThat(tenant.simulator.counters().get("faults.DROP_CONNECTION")).isPositive();
    assertThat(tenant.simulator.counters().get("tokens.issued.client_credentials")).isZero();
  }

  @Test
  void slowDiscovery_answersAfterTheDelay() {
    tenant
        .simulator
        .faults()
        .add(FaultRule.always(FaultKind.SLOW).withDelayMillis(150).forOperation("discovery"));

    long start = System.nanoTime();
    SimResponse response =
        calls.get("/" + tenant.simulator.tenantId() + "/v2.0/.well-known/openid-configuration");

    assertThat(response.status()).isEqualTo(200);
    assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(150);
    assertThat(tenant.simulator.counters().get("requests.discovery")).isEqualTo(1);
  }
}
