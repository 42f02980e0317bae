package org.exsync.sandbox.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.MsalServiceException;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MsalClientCredentialsTest {

  private final SandboxTenant tenant = new SandboxTenant();

  @AfterEach
  void close() {
    tenant.close();
  }

  @Test
  void clientCredentialsAfterAdminConsent_tokenCarriesFullAccessAsAppRole() throws Exception {
    tenant.simulator.grantAdminConsent(SandboxTenant.CLIENT_ID);

    IAuthenticationResult result = acquire(tenant.msal().acquireToken(parameters()));

    VerifiedToken token = tenant.simulator.verify(result.accessToken());
    assertThat(token.roles()).containsExactly("full_access_as_app");
    assertThat(token.delegated()).isFalse();
    assertThat(token.appId()).isEqualTo(SandboxTenant.CLIENT_ID);
    assertThat(token.tenantId()).isEqualTo(tenant.simulator.tenantId());
    assertThat(token.audience()).isEqualTo("https://outlook.office365.com");
    assertThat(token.scopes()).isEmpty();
    assertThat(tenant.simulator.counters().get("tokens.issued.client_credentials")).isEqualTo(1);
  }

  @Test
  void clientCredentialsWithoutAdminConsent_tokenHasNoRoles() throws Exception {
    IAuthenticationResult result = acquire(tenant.msal().acquireToken(parameters()));

    assertThat(tenant.simulator.verify(result.accessToken()).roles()).isEmpty();
  }

  @Test
  void wrongClientSecret_failsWithInvalidClient7000215() {
    MsalServiceException error =
        failure(() -> tenant.msal("not-the-secret").acquireToken(parameters()).get());

    assertThat(error.errorCode()).isEqualTo("invalid_client");
    assertThat(error.statusCode()).isEqualTo(401);
    assertThat(error.getMessage()).startsWith("AADSTS7000215: Invalid client secret provided.");
  }

  @Test
  void delegatedScopeInClientCredentials_failsWithInvalidScope() {
    MsalServiceException error =
        failure(
            () ->
                tenant
                    .msal()
                    .acquireToken(
                        ClientCredentialParameters.builder(Set.of(SandboxTenant.EWS_SCOPE)).build())
                    .get());

    assertThat(error.errorCode()).isEqualTo("invalid_scope");
    assertThat(error.getMessage()).startsWith("AADSTS1002012:");
  }

  private static ClientCredentialParameters parameters() {
    return ClientCredentialParameters.builder(Set.of(SandboxTenant.APP_ONLY_SCOPE)).build();
  }

  static IAuthenticationResult acquire(
      java.util.concurrent.CompletableFuture<IAuthenticationResult> future) throws Exception {
    return future.get();
  }

  static MsalServiceException failure(ThrowingCall call) {
    ExecutionException thrown = catchThrowableOfType(call::run, ExecutionException.class);
    assertThat(thrown).isNotNull();
    assertThat(thrown.getCause()).isInstanceOf(MsalServiceException.class);
    return (MsalServiceException) thrown.getCause();
  }

  @FunctionalInterface
  interface ThrowingCall {
    void run() throws Exception;
  }
}
