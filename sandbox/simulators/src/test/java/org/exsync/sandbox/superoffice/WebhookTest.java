package org.exsync.sandbox.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.exsync.sandbox.http.InProcessServer;
import org.exsync.sandbox.http.SimRequest;
import org.exsync.sandbox.http.SimResponse;
import org.exsync.sandbox.superoffice.webhook.Webhook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookTest {

  private static final String SECRET = "webhook-secret-9c2";
  private final Tenant tenant = new Tenant();
  private final BlockingQueue<SimRequest> received = new LinkedBlockingQueue<>();
  private final AtomicInteger answer = new AtomicInteger(200);
  private final InProcessServer receiver =
      InProcessServer.http(
          request -> {
            received.add(request);
            return SimResponse.empty(answer.get());
          });

  @AfterEach
  void close() {
    receiver.close();
    tenant.close();
  }

  private int register(String... events) {
    String body =
        jakarta.json.Json.createObjectBuilder()
            .add("Name", "Exsync")
            .add("Events", jakarta.json.Json.createArrayBuilder(java.util.List.of(events)))
            .add("TargetUrl", receiver.baseUri() + "/hooks/superoffice")
            .add("Secret", SECRET)
            .add("State", "Active")
            .add("Type", "webhook")
            .build()
            .toString();
    SoClient.Reply reply = tenant.client.send("POST", tenant.api + "/Webhook", body);
    assertThat(reply.status()).isEqualTo(200);
    return reply.json().getInt("WebhookId");
  }

  private static String hmac(String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void changeOverTheApi_isPostedSignedToTheTarget() throws Exception {
    register("activity.changed");

    tenant.client.send("PUT", tenant.api + "/Appointment/2", "{\"Title\": \"Oppdatert\"}");
    SimRequest delivery = received.poll(5, TimeUnit.SECONDS);

    assertThat(delivery).isNotNull();
    assertThat(delivery.header("X-SuperOffice-Signature")).contains(hmac(delivery.bodyText()));
    JsonObject event =
        jakarta.json.Json.createReader(new StringReader(delivery.bodyText())).readObject();
    assertThat(event.getString("Event")).isEqualTo("activity.changed");
    assertThat(event.getInt("PrimaryKey")).isEqualTo(2);
    assertThat(event.getString("ContextIdentifier"))
        .isEqualTo(tenant.simulator.contextIdentifier());
    assertThat(event.getInt("ChangedByAssociateId")).isEqualTo(tenant.user(0).associateId());
    assertThat(event.getJsonArray("Changes").getValuesAs(jakarta.json.JsonString::getString))
        .contains("title");
  }

  @Test
  void changeMadeInsideSuperOffice_andDeletion_reachWebhooksToo() throws Exception {
    register("person.changed", "activity.deleted");

    tenant.simulator.changePerson(tenant.user(1).personId(), tenant.user(1).associateId(), p -> p);
    tenant.simulator.deleteAppointment(3, tenant.user(1).associateId());

    JsonObject first = json(received.poll(5, TimeUnit.SECONDS));
    JsonObject second = json(received.poll(5, TimeUnit.SECONDS));
    assertThat(first.getString("Event")).isEqualTo("person.changed");
    assertThat(second.getString("Event")).isEqualTo("activity.deleted");
    assertThat(second.getJsonObject("Values").getInt("appointment_id")).isEqualTo(3);
  }

  @Test
  void failingTarget_isTriedThreeTimesPerEvent_andAfterNineFailuresGetsNothingMore()
      throws Exception {
    int id = register("activity.changed");
    answer.set(500);

    for (int event = 1; event <= 4; event++) {
      tenant.simulator.changeAppointment(
          event, tenant.user(0).associateId(), a -> a.withTitle("t"));
    }
    assertThat(tenant.simulator.awaitWebhooks(Duration.ofSeconds(10))).isTrue();

    Webhook hook = tenant.simulator.webhooks().get(id).orElseThrow();
    assertThat(received).hasSize(9);
    assertThat(hook.state()).isEqualTo("TooManyErrors");
    assertThat(tenant.simulator.counters().get("webhooks.failed")).isEqualTo(9);
    SoClient.Reply read = tenant.client.get(tenant.api + "/Webhook/" + id);
    assertThat(read.json().getString("State")).isEqualTo("TooManyErrors");
    assertThat(read.json().getString("Secret")).isEmpty();
  }

  private static JsonObject json(SimRequest request) {
    assertThat(request).isNotNull();
    return jakarta.json.Json.createReader(new StringReader(request.bodyText())).readObject();
  }
}
