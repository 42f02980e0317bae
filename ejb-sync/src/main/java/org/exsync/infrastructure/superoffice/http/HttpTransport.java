package org.exsync.infrastructure.superoffice.http;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.Outcome;

/**
 * Sends one HTTP request with the JAX-RS client Payara provides and reads the whole answer. A
 * timeout, a refused or dropped connection is a {@link Failure#transientFailure}; every status
 * comes back as a {@link Reply} for the caller to judge. The JAX-RS client is thread-safe.
 */
public final class HttpTransport implements AutoCloseable {

  private final Client client;

  public HttpTransport(Duration connectTimeout, Duration readTimeout) {
    this.client =
        ClientBuilder.newBuilder()
            .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
            .build();
  }

  /**
   * @param body a JSON body, or null for none
   * @param what the request in words for messages, without secrets or query
   */
  public Outcome<Reply> exchange(
      String method, URI uri, Map<String, String> headers, String body, String what) {
    Invocation.Builder request = client.target(uri).request(MediaType.APPLICATION_JSON_TYPE);
    headers.forEach(request::header);
    long sent = System.nanoTime();
    try (Response response =
        body == null
            ? request.method(method)
            : request.method(method, Entity.entity(body, MediaType.APPLICATION_JSON_TYPE))) {
      String text = response.hasEntity() ? response.readEntity(String.class) : "";
      Duration roundTrip = Duration.ofNanos(System.nanoTime() - sent);
      return Outcome.done(
          new Reply(
              response.getStatus(),
              response.getHeaderString("Last-Modified"),
              response.getHeaderString("Retry-After"),
              text,
              readNotBefore(response.getHeaderString("Date"), roundTrip)));
    } catch (ProcessingException e) {
      return Outcome.failed(
          Failure.transientFailure(what + " got no answer from SuperOffice: " + describe(e)));
    }
  }

  /**
   * The server read what it answered after the request reached it, which was no earlier than its
   * {@code Date} (to the second, rounded down) less the whole round trip; null without a date.
   */
  static Instant readNotBefore(String date, Duration roundTrip) {
    if (date == null || date.isBlank()) {
      return null;
    }
    try {
      return DateTimeFormatter.RFC_1123_DATE_TIME
          .parse(date.trim(), Instant::from)
          .minus(roundTrip);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The innermost cause's kind and message: a timeout, a reset, a refused connection. */
  private static String describe(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage() == null ? "" : ": " + cause.getMessage();
    return cause.getClass().getSimpleName() + message;
  }

  @Override
  public void close() {
    client.close();
  }
}
