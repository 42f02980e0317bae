package org.exsync.infrastructure.superoffice;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks and reads a webhook delivery: {@code X-SuperOffice-Signature} must be base64 of
 * HMAC-SHA256 over the raw body with the webhook's secret, compared in constant time; only then is
 * the body read. Thread-safe. The endpoint that receives deliveries calls this with the body
 * exactly as it arrived, before any parsing.
 */
public final class WebhookVerifier {

  private final byte[] secret;
  private final String contextIdentifier;

  /**
   * @param secret the secret the webhook was registered with (from a password alias)
   * @param contextIdentifier the tenant whose events are accepted
   */
  public WebhookVerifier(String secret, String contextIdentifier) {
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException("A webhook secret must not be empty");
    }
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.contextIdentifier = contextIdentifier;
  }

  /** Whether the signature belongs to the body. */
  public boolean verify(byte[] rawBody, String signatureHeader) {
    if (signatureHeader == null || signatureHeader.isBlank()) {
      return false;
    }
    byte[] claimed;
    try {
      claimed = Base64.getDecoder().decode(signatureHeader.strip());
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(sign(rawBody), claimed);
  }

  /**
   * The event, if the signature is right, the body an event of this tenant; empty otherwise. Why it
   * was refused is not told: the sender may be anyone.
   */
  public Optional<WebhookEvent> accept(byte[] rawBody, String signatureHeader) {
    if (!verify(rawBody, signatureHeader)) {
      return Optional.empty();
    }
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(rawBody))) {
      JsonObject body = reader.readObject();
      WebhookEvent event =
          new WebhookEvent(
              body.getString("EventId", ""),
              body.getString("Event", ""),
              body.getString("Entity", ""),
              body.getInt("PrimaryKey", 0),
              body.getString("ContextIdentifier", ""),
              body.getInt("ChangedByAssociateId", 0),
              changes(body),
              Instant.parse(body.getString("Timestamp", "")));
      return event.contextIdentifier().equalsIgnoreCase(contextIdentifier) && event.primaryKey() > 0
          ? Optional.of(event)
          : Optional.empty();
    } catch (JsonException
        | ClassCastException
        | DateTimeParseException
        | IllegalStateException e) {
      return Optional.empty();
    }
  }

  private static List<String> changes(JsonObject body) {
    List<String> changes = new ArrayList<>();
    JsonValue value = body.get("Changes");
    if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
      value
          .asJsonArray()
          .forEach(
              v -> {
                if (v instanceof JsonString text) {
                  changes.add(text.getString());
                }
              });
    }
    return changes;
  }

  private byte[] sign(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK offers no HmacSHA256", e);
    }
  }

  @Override
  public String toString() {
    return "WebhookVerifier[" + contextIdentifier + ", secret=***]";
  }
}
