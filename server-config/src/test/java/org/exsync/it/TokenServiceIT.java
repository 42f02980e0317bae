package org.exsync.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exsync.sandbox.data.SeedUser;
import org.exsync.sandbox.data.WorldGenerator;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The token service on the deployed EAR, against the deployed identity simulator. */
@ExtendWith(ArquillianExtension.class)
class TokenServiceIT extends ConsentDeployments {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void renewalsOfOneGrantFromThreeThreads_runOneAfterAnother_andEachRotationIsKept()
      throws Exception {
    SeedUser user = WorldGenerator.demo().users().get(17);
    String grant = consent(user);
    long before = refreshesIssued();
    control(
        "POST",
        "/control/identity/faults",
        "{\"kind\":\"SLOW\",\"operation\":\"token\",\"principal\":\""
            + user.email()
            + "\",\"delayMillis\":1500}");
    try {
      Map<String, String> renewed =
          probe.call("concurrent-renew", "grantId", grant, "threads", "3");

      assertThat(renewed).containsEntry("done", "3");
      assertThat(Long.parseLong(renewed.get("elapsedMillis"))).isGreaterThanOrEqualTo(4400);
      assertThat(refreshesIssued() - before).isEqualTo(3);
    } finally {
      control("DELETE", "/control/identity/faults", null);
    }
    assertThat(probe.call("token", "grantId", grant, "renew", "true"))
        .containsEntry("done", "true");
    assertThat(probe.call("grant", "upn", user.email())).containsEntry("status", "VALID");
  }

  @Test
  void consentWithdrawnByTheUser_marksTheGrant_withAadsts65001() throws Exception {
    SeedUser user = WorldGenerator.demo().users().get(18);
    String grant = consent(user);
    control(
        "POST",
        "/control/identity/revocations",
        "{\"upn\":\"" + user.email() + "\",\"what\":\"consent\"}");

    Map<String, String> refused = probe.call("token", "grantId", grant, "renew", "true");
    Map<String, String> again = probe.call("token", "grantId", grant, "renew", "false");

    assertThat(refused).containsEntry("kind", "NEEDS_REAUTHENTICATION");
    assertThat(refused.get("reason")).startsWith("AADSTS65001");
    assertThat(probe.call("grant", "upn", user.email()))
        .containsEntry("status", "NEEDS_REAUTHENTICATION");
    assertThat(again).containsEntry("kind", "NEEDS_REAUTHENTICATION");
  }

  /** The user consents through the registration pages; the grant's id. */
  private String consent(SeedUser user) {
    String associate = probe.associate(user.fullName(), user.email());
    String invitation =
        probe
            .call("invite", "associateId", associate, "language", "en", "mail", "false")
            .get("invitationId");
    RegistrationFlow flow = new RegistrationFlow("127.0.0.20");
    flow.openLink(probe.call("codes", "id", invitation).get("link"));
    Map<String, String> answer = RegistrationFlow.signInAtMicrosoft(flow.startSignIn(), user);
    assertThat(flow.answerCallback(answer)).isEqualTo("result-complete");
    return probe.call("grant", "upn", user.email()).get("id");
  }

  private long refreshesIssued() throws Exception {
    String counters = control("GET", "/control/identity/counters", null);
    Matcher issued = Pattern.compile("\"tokens.issued.refresh_token\":(\\d+)").matcher(counters);
    return issued.find() ? Long.parseLong(issued.group(1)) : 0;
  }

  private String control(String method, String path, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(TargetDomain.internal("/sandbox" + path).toString()));
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isLessThan(300);
    return response.body();
  }
}
