package org.exsync.infrastructure.superoffice.http;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import java.util.Optional;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.Outcome;

/**
 * One answer of the Web API: its status, the headers the adapter reads, and the body.
 *
 * @param status the HTTP status
 * @param lastModified the {@code Last-Modified} header, or empty
 * @param retryAfter the {@code Retry-After} header, or empty
 * @param body the body text, empty for none
 * @param readNotBefore the earliest time on SuperOffice's clock at which the answer's content can
 *     have been read: its {@code Date} header less the round trip; null when it sent no date
 */
public record Reply(
    int status, String lastModified, String retryAfter, String body, Instant readNotBefore) {

  public Reply {
    lastModified = lastModified == null ? "" : lastModified;
    retryAfter = retryAfter == null ? "" : retryAfter;
    body = body == null ? "" : body;
  }

  /** The body as a JSON object; a body that is not one is a passing fault of the server. */
  public Outcome<JsonObject> json() {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return Outcome.done(reader.readObject());
    } catch (JsonException | IllegalStateException e) {
      return Outcome.failed(
          Failure.transientFailure(
              "SuperOffice answered HTTP " + status + " with a body that is not a JSON object"));
    }
  }

  /** The Web API's own words for an error ({@code Error} or {@code Message}), if it sent any. */
  public Optional<String> errorText() {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonObject error = reader.readObject();
      for (String name : new String[] {"Error", "Message", "ErrorMessage"}) {
        if (error.containsKey(name)
            && error.get(name).getValueType() == jakarta.json.JsonValue.ValueType.STRING) {
          String text = error.getString(name).strip();
          if (!text.isEmpty()) {
            return Optional.of(text.length() > 300 ? text.substring(0, 300) + "…" : text);
          }
        }
      }
      return Optional.empty();
    } catch (JsonException | IllegalStateException | ClassCastException e) {
      return Optional.empty();
    }
  }
}
