package org.exsync.infrastructure.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.FailureKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** SuperOffice Online: tenant status, signed system user token, ticket, renewal on 401. */
class SystemUserTest {

  private static final String APP_TOKEN = "exsync-app-secret-" + System.nanoTime();

  private final SuperOfficeFixture so = new SuperOfficeFixture();
  private final KeyPair keys = keys();
  private final String systemUserToken =
      so.simulator.registerApplication("Exsync", APP_TOKEN, keys.getPublic());

  @AfterEach
  void close() {
    so.close();
  }

  private static KeyPair keys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String pem(KeyPair pair) {
    return "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded())
        + "\n-----END PRIVATE KEY-----\n";
  }

  private SuperOfficeWebApiGateway online(String key) {
    return new SuperOfficeWebApiGateway(
        SuperOfficeSettings.of(
                new SuperOfficeEndpoint.Online(
                    so.server.baseUri(), so.simulator.contextIdentifier()),
                new SuperOfficeCredentials.SystemUser(APP_TOKEN, systemUserToken, key))
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)),
        so.simulator.clock());
  }

  @Test
  void systemUser_findsTheTenantThroughItsStatus_andCallsWithATicket() {
    try (SuperOfficeWebApiGateway gateway = online(pem(keys))) {

      var associates = gateway.associates();

      assertThat(associates.failure()).isEmpty();
      assertThat(associates.value()).hasSizeGreaterThan(so.world.users().size());
      assertThat(so.simulator.counters().snapshot())
          .containsEntry("requests.State", 1L)
          .containsEntry("requests.PartnerSystemUser", 1L);
    }
  }

  @Test
  void expiredTicket_isRenewedOnceOn401_andTheCallGoesThrough() {
    try (SuperOfficeWebApiGateway gateway = online(pem(keys))) {
      assertThat(gateway.associates().isDone()).isTrue();
      so.simulator.clock().advance(Duration.ofHours(7));

      var again = gateway.selections();

      assertThat(again.failure()).isEmpty();
      assertThat(so.simulator.counters().snapshot())
          .containsEntry("requests.PartnerSystemUser", 2L)
          .containsEntry("auth.failed", 1L);
    }
  }

  @Test
  void aKeyTheTenantDoesNotKnow_needsReauthentication_withoutShowingAnySecret() {
    String stranger = pem(keys());
    try (SuperOfficeWebApiGateway gateway = online(stranger)) {

      Failure failure = gateway.associates().failure().orElseThrow();

      assertThat(failure.kind()).isEqualTo(FailureKind.NEEDS_REAUTHENTICATION);
      assertThat(failure.reason()).contains("Cust26759").doesNotContain(APP_TOKEN, systemUserToken);
    }
  }

  @Test
  void aKeyThatIsNoKey_isRefusedWithWhatToStoreInstead() {
    var settings =
        SuperOfficeSettings.of(
            new SuperOfficeEndpoint.Online(so.server.baseUri(), so.simulator.contextIdentifier()),
            new SuperOfficeCredentials.SystemUser(
                APP_TOKEN, systemUserToken, "-----BEGIN RSA PRIVATE KEY-----\nAAAA"));

    Throwable refused =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> new SuperOfficeWebApiGateway(settings));

    assertThat(refused).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PKCS#8");
    assertThat(settings.toString()).doesNotContain(APP_TOKEN, systemUserToken);
  }
}
