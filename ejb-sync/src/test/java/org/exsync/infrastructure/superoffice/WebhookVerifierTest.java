package org.exsync.infrastructure.superoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exsync.infrastructure.superoffice.SuperOfficeFixture.YEAR;
import static org.exsync.infrastructure.superoffice.SuperOfficeFixture.done;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.port.CrmScope;
import org.exsync.engine.port.ItemRef;
import org.exsync.sandbox.data.SeedUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deliveries the simulator really sends, received on a loopback server and checked. */
class WebhookVerifierTest {

  private static final String SECRET = "webhook-secret-ÆØÅ-" + System.nanoTime();

  private final SuperOfficeFixture so = new SuperOfficeFixture();
  private final LinkedBlockingQueue<Delivery> received = new LinkedBlockingQueue<>();
  private final WebhookVerifier verifier = new WebhookVerifier(SECRET, "Cust26759");
  private HttpServer receiver;

  private record Delivery(byte[] body, String signature) {}

  @BeforeEach
  void register() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          received.add(
              new Delivery(
                  exchange.getRequestBody().readAllBytes(),
                  exchange.getRequestHeaders().getFirst("X-SuperOffice-Signature")));
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    receiver.start();
    SeedUser admin = so.user(0);
    String basic =
        java.util.Base64.getEncoder()
            .encodeToString(
                (admin.userName() + ":" + admin.password()).getBytes(StandardCharsets.UTF_8));
    String hook =
        "{\"Name\":\"exsync\",\"Events\":[\"activity.deleted\"],\"TargetUrl\":\"http://127.0.0.1:"
            + receiver.getAddress().getPort()
            + "/hook\",\"Secret\":\""
            + SECRET
            + "\",\"State\":\"Active\",\"Type\":\"webhook\"}";
    HttpResponse<String> created =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(so.api() + "/v1/Webhook"))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(hook))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
  }

  @AfterEach
  void close() {
    receiver.stop(0);
    so.close();
  }

  private Delivery deleteOneAppointment(String[] deletedId) throws Exception {
    CrmScope diary = CrmScope.diary(so.user(1).associateId(), YEAR);
    SourceItem any =
        done(so.gateway.changes(diary, null)).changed().stream()
            .filter(s -> !s.id().startsWith("recurrence-"))
            .findFirst()
            .orElseThrow();
    deletedId[0] = any.id();
    assertThat(
            done(so.gateway.delete(ItemKind.DIARY, List.of(new ItemRef(any.id(), null))))
                .get(0)
                .isDone())
        .isTrue();
    Delivery delivery = received.poll(10, TimeUnit.SECONDS);
    assertThat(delivery).as("a webhook delivery").isNotNull();
    return delivery;
  }

  @Test
  void realDelivery_isAccepted_asTheDeletionOfThatAppointment() throws Exception {
    String[] id = new String[1];
    Delivery delivery = deleteOneAppointment(id);

    Optional<WebhookEvent> event = verifier.accept(delivery.body(), delivery.signature());

    assertThat(event).isPresent();
    assertThat(event.get().isActivityDeleted()).isTrue();
    assertThat(event.get().primaryKey()).isEqualTo(Integer.parseInt(id[0]));
    assertThat(event.get().contextIdentifier()).isEqualTo("Cust26759");
  }

  @Test
  void tamperedBody_wrongSecret_orMissingSignature_areRefused() throws Exception {
    Delivery delivery = deleteOneAppointment(new String[1]);
    byte[] tampered = Arrays.copyOf(delivery.body(), delivery.body().length);
    tampered[tampered.length / 2] ^= 1;

    assertThat(verifier.accept(tampered, delivery.signature())).isEmpty();
    assertThat(
            new WebhookVerifier("another-secret", "Cust26759")
                .accept(delivery.body(), delivery.signature()))
        .isEmpty();
    assertThat(verifier.accept(delivery.body(), null)).isEmpty();
    assertThat(verifier.accept(delivery.body(), "not base64 !")).isEmpty();
    assertThat(new WebhookVerifier(SECRET, "Cust1").accept(delivery.body(), delivery.signature()))
        .isEmpty();
    assertThat(verifier.toString()).doesNotContain(SECRET);
  }
}
