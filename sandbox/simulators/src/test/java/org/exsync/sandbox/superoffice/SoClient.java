package org.exsync.sandbox.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    assertThat(Contract.problems(contractRequest(method, path, body, all), contractResponse(reply)))
        .as("%s %s -> %d %s", method, path, reply.status(), reply.body())
        .isEmpty();
    return reply;
  }

  /** The same request as the contract sees it: the path without the tenant prefix. */
  private static SimpleRequest contractRequest(
      String method, String path, String body, Map<String, String> headers) {
    URI uri = URI.create(path);
    String apiPath = uri.getRawPath().replaceFirst("^/Cust\\d+", "");
    SimpleRequest.Builder request = new SimpleRequest.Builder(method, apiPath);
    headers.forEach(request::withHeader);
    if (body != null) {
      request.withBody(body);
    }
    String query = uri.getRawQuery();
    if (query != null) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        request.withQueryParam(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return request.build();
  }

  private static SimpleResponse contractResponse(Reply reply) {
    SimpleResponse.Builder response = SimpleResponse.Builder.status(reply.status());
    reply.headers().forEach((name, values) -> response.withHeader(name, values));
    if (!reply.body().isEmpty()) {
      response.withBody(reply.body());
    }
    return response.build();
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
