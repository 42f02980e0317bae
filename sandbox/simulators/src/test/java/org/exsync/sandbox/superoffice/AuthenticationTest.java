package org.exsync.sandbox.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthenticationTest {

  private static final String APP_TOKEN = "app-secret-5f1c";
  private static final KeyPair PARTNER_KEYS = keys();
  private static final KeyPair STRANGER_KEYS = keys();

  private final Tenant tenant = new Tenant();
  private final String systemUserToken =
      tenant.simulator.registerApplication("Exsync", APP_TOKEN, PARTNER_KEYS.getPublic());

  @AfterEach
  void close() {
    tenant.close();
  }

  private static KeyPair keys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private String signed(PrivateKey key) throws GeneralSecurityException {
    String stamp =
        DateTimeFormatter.ofPattern("yyyyMMddHHmm")
            .format(LocalDateTime.ofInstant(tenant.simulator.clock().instant(), ZoneOffset.UTC));
    String data = systemUserToken + "." + stamp;
    Signature rsa = Signature.getInstance("SHA256withRSA");
    rsa.initSign(key);
    rsa.update(data.getBytes(StandardCharsets.UTF_8));
    return data + "." + Base64.getEncoder().encodeToString(rsa.sign());
  }

  private JsonObject authenticate(String signedToken) {
    String body =
        jakarta.json.Json.createObjectBuilder()
            .add("SignedSystemToken", signedToken)
            .add("ApplicationToken", APP_TOKEN)
            .add("ContextIdentifier", tenant.simulator.contextIdentifier())
            .add("ReturnTokenType", "JWT")
            .build()
            .toString();
    return tenant
        .client
        .sendUnchecked("POST", "/Login/api/PartnerSystemUser/Authenticate", body)
        .json();
  }

  private String ticketFrom(JsonObject answer) throws GeneralSecurityException {
    String[] jwt = answer.getString("Token").split("\\.");
    Signature rsa = Signature.getInstance("SHA256withRSA");
    rsa.initVerify(tenant.simulator.loginSigningKey());
    rsa.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
    assertThat(rsa.verify(Base64.getUrlDecoder().decode(jwt[2]))).isTrue();
    String claims = new String(Base64.getUrlDecoder().decode(jwt[1]), StandardCharsets.UTF_8);
    return jakarta.json.Json.createReader(new StringReader(claims))
        .readObject()
        .getString("http://schemes.superoffice.net/identity/ticket");
  }

  @Test
  void signedSystemUserToken_yieldsATicketThatCallsTheApiAsTheSystemUser() throws Exception {
    JsonObject answer = authenticate(signed(PARTNER_KEYS.getPrivate()));
    String ticket = ticketFrom(answer);
    tenant.client.withoutHeader("Authorization");

    SoClient.Reply reply =
        tenant.client.get(
            tenant.api + "/Appointment/1",
            "Authorization",
            "SOTicket " + ticket,
            "SO-AppToken",
            APP_TOKEN);

    assertThat(answer.getBoolean("IsSuccessful")).isTrue();
    assertThat(reply.status()).isEqualTo(200);
  }

  @Test
  void tokenSignedWithAnotherKey_isRefused() throws Exception {
    JsonObject answer = authenticate(signed(STRANGER_KEYS.getPrivate()));

    assertThat(answer.getBoolean("IsSuccessful")).isFalse();
    assertThat(answer.getString("ErrorMessage")).contains("signature");
  }

  @Test
  void ticketWithoutItsAppToken_andExpiredTicket_are401() throws Exception {
    String ticket = ticketFrom(authenticate(signed(PARTNER_KEYS.getPrivate())));
    tenant.client.withoutHeader("Authorization");

    SoClient.Reply noAppToken =
        tenant.client.get(tenant.api + "/Appointment/1", "Authorization", "SOTicket " + ticket);
    tenant.simulator.clock().advance(Duration.ofHours(6).plusSeconds(1));
    SoClient.Reply expired =
        tenant.client.get(
            tenant.api + "/Appointment/1",
            "Authorization",
            "SOTicket " + ticket,
            "SO-AppToken",
            APP_TOKEN);

    assertThat(noAppToken.status()).isEqualTo(401);
    assertThat(expired.status()).isEqualTo(401);
    assertThat(expired.json().getString("Error")).contains("expired");
    assertThat(tenant.simulator.counters().get("auth.failed")).isEqualTo(2);
  }

  @Test
  void wrongPassword_missingHeader_bearer_andRetiredUser_are401WithWwwAuthenticate() {
    var retired = tenant.world.users().stream().filter(u -> u.retired()).findFirst();
    String wrong =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (tenant.user(0).userName() + ":nope").getBytes(StandardCharsets.UTF_8));
    tenant.client.withoutHeader("Authorization");

    SoClient.Reply badPassword =
        tenant.client.get(tenant.api + "/User/100", "Authorization", wrong);
    SoClient.Reply none = tenant.client.get(tenant.api + "/User/100");
    SoClient.Reply bearer =
        tenant.client.get(tenant.api + "/User/100", "Authorization", "Bearer abc");

    for (SoClient.Reply reply : java.util.List.of(badPassword, none, bearer)) {
      assertThat(reply.status()).isEqualTo(401);
      assertThat(reply.header("WWW-Authenticate")).isNotNull();
    }
    retired.ifPresent(
        user ->
            assertThat(
                    tenant
                        .client
                        .get(tenant.api + "/User/100", "Authorization", Tenant.basic(user))
                        .status())
                .isEqualTo(401));
  }
}
