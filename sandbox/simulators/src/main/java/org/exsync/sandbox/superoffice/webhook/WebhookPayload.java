package org.exsync.sandbox.superoffice.webhook;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.exsync.sandbox.superoffice.rest.Json;
import org.exsync.sandbox.superoffice.store.StoreEvent;

/**
 * The body SuperOffice posts for an event ({@code EventId}, {@code Timestamp}, {@code Changes},
 * {@code Event}, {@code PrimaryKey}, {@code Entity}, {@code ContextIdentifier}, {@code
 * ChangedByAssociateId}, {@code WebhookName}; deletions also carry {@code Values}) and its
 * signature: base64 of HMAC-SHA256 over the raw body with the webhook's secret.
 */
final class WebhookPayload {

  private WebhookPayload() {}

  static String body(StoreEvent event, UUID eventId, String contextIdentifier, String webhookName) {
    JsonArrayBuilder changes = jakarta.json.Json.createArrayBuilder();
    event.changes().forEach(changes::add);
    JsonObjectBuilder json =
        jakarta.json.Json.createObjectBuilder()
            .add("EventId", eventId.toString())
            .add("Timestamp", event.at().toString())
            .add("Changes", changes);
    if (event.action() == StoreEvent.Action.deleted) {
      json.add(
          "Values",
          jakarta.json.Json.createObjectBuilder()
              .add(primaryKeyColumn(event.entity()), event.id()));
    }
    return Json.write(
        json.add("Event", event.eventName())
            .add("PrimaryKey", event.id())
            .add("Entity", event.entity().equals("activity") ? "appointment" : event.entity())
            .add("ContextIdentifier", contextIdentifier)
            .add("ChangedByAssociateId", event.actorAssociateId())
            .add("WebhookName", webhookName)
            .build());
  }

  static String signature(String secret, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK offers no HmacSHA256", e);
    }
  }

  private static String primaryKeyColumn(String entity) {
    return switch (entity) {
      case "activity" -> "appointment_id";
      case "person" -> "person_id";
      default -> "contact_id";
    };
  }
}
