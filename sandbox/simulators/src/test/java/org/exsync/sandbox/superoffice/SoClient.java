package org.exsync.sandbox.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.exsync.sandbox.superoffice.contract.SwaggerContract;

/**
 * Calls the simulator over real HTTP as the connector will, and checks every request it sends and
 * every response it gets against the Swagger contract.
 */
final class SoClient {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;
  private final Map<String, String> defaults = new LinkedHashMap<>();

  SoClient(URI base) {
    this.base = base;
  }

  /** Sends these headers with every later request, unless a request overrides them. */
  SoClient withHeader(String name, String value) {
    defaults.put(name, value);
    return this;
  }

  SoClient withoutHeader(String name) {
    defaults.remove(name);
    return this;
  }

  Reply get(String path, String... headers) {
    return send("GET", path, null, headers);
  }

  Reply send(String method, String path, String body, String... headers) {
    return exchange(true, method, path, body, headers);
  }

  /**
   * For endpoints outside the Web API's Swagger file (the login service, the tenant status) and for
   * answers broken on purpose by injected faults: sent and read, but not contract-checked.
   */
  Reply sendUnchecked(String method, String path, String body, String... headers) {
    return exchange(false, method, path, body, headers);
  }

  private Reply exchange(
      boolean check, String method, String path, String body, String... headers) {
    Map<String, String> all = new LinkedHashMap<>(defaults);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      all.put(headers[i], headers[i + 1]);
    }
    if (body != null) {
      all.putIfAbsent("Content-Type", "application/json");
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(10))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    all.forEach(request::header);
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    Reply reply = new Reply(response.statusCode(), response.headers().map(), response.body());
    if (!check) {
      return reply;
    }
    Map<String, List<String>> sent = new LinkedHashMap<>();
    all.forEach((name, value) -> sent.put(name, List.of(value)));
    assertThat(
            SwaggerContract.problems(
                method, path, sent, body, reply.status(), reply.headers(), reply.body()))
        .as("%s %s -> %d %s", method, path, reply.status(), reply.body())
        .isEmpty();
    return reply;
  }

  /** One response. */
  record Reply(int status, Map<String, List<String>> headers, String body) {

    JsonObject json() {
      return jakarta.json.Json.createReader(new StringReader(body)).readObject();
    }

    JsonValue jsonValue() {
      return jakarta.json.Json.createReader(new StringReader(body)).readValue();
    }

    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }
}
