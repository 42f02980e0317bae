package org.exsync.sandbox.superoffice.webhook;

import java.time.Instant;
import java.util.List;

/**
 * A webhook registration and its delivery record.
 *
 * @param id the webhook id
 * @param name what the registrant called it; sent back as WebhookName
 * @param events event names it wants, such as {@code activity.changed}
 * @param targetUrl where events are posted
 * @param secret the key of the HMAC signature; never shown back
 * @param state Active, Stopped or TooManyErrors
 * @param registeredBy the associate who registered it
 * @param registered when
 * @param totalCalls delivery attempts
 * @param totalErrors failed attempts
 * @param consecutiveErrors failed attempts since the last success
 * @param lastError what the last failure was, or empty
 */
public record Webhook(
    int id,
    String name,
    List<String> events,
    String targetUrl,
    String secret,
    String state,
    int registeredBy,
    Instant registered,
    int totalCalls,
    int totalErrors,
    int consecutiveErrors,
    String lastError) {

  public Webhook {
    events = List.copyOf(events);
  }

  public boolean wants(String event) {
    String entity = event.substring(0, event.indexOf('.') + 1);
    return state.equals("Active")
        && events.stream()
            .anyMatch(e -> e.equalsIgnoreCase(event) || e.equalsIgnoreCase(entity + "*"));
  }

  Webhook delivered() {
    return new Webhook(
        id,
        name,
        events,
        targetUrl,
        secret,
        state,
        registeredBy,
        registered,
        totalCalls + 1,
        totalErrors,
        0,
        lastError);
  }

  Webhook failed(String error, int disableAfter) {
    int consecutive = consecutiveErrors + 1;
    return new Webhook(
        id,
        name,
        events,
        targetUrl,
        secret,
        consecutive >= disableAfter ? "TooManyErrors" : state,
        registeredBy,
        registered,
        totalCalls + 1,
        totalErrors + 1,
        consecutive,
        error);
  }

  @Override
  public String toString() {
    return "Webhook[" + id + " " + name + " " + events + " -> " + targetUrl + " " + state + "]";
  }
}
