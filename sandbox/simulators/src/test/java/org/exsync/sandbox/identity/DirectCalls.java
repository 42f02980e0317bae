package org.exsync.sandbox.identity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.exsync.sandbox.http.SimRequest;
import org.exsync.sandbox.http.SimResponse;

/** Calls the simulator's handler directly, for protocol details no client library exposes. */
final class DirectCalls {

  static final String BASE = "https://localhost:28081/sandbox/identity";

  private final IdentitySimulator simulator;

  DirectCalls(IdentitySimulator simulator) {
    this.simulator = simulator;
  }

  SimResponse get(String pathAndQuery) {
    int q = pathAndQuery.indexOf('?');
    return simulator
        .handler()
        .handle(
            new SimRequest(
                "GET",
                q < 0 ? pathAndQuery : pathAndQuery.substring(0, q),
                q < 0 ? "" : pathAndQuery.substring(q + 1),
                Map.of(),
                new byte[0],
                BASE,
                "127.0.0.1"));
  }

  SimResponse post(String path, Map<String, String> form, Map<String, List<String>> headers) {
    Map<String, List<String>> all = new java.util.HashMap<>(headers);
    all.put("Content-Type", List.of("application/x-www-form-urlencoded"));
    return simulator
        .handler()
        .handle(new SimRequest("POST", path, "", all, encode(form), BASE, "127.0.0.1"));
  }

  SimResponse post(String path, Map<String, String> form) {
    return post(path, form, Map.of());
  }

  static JsonObject json(SimResponse response) {
    return Json.createReader(new StringReader(response.bodyText())).readObject();
  }

  private static byte[] encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"))
        .getBytes(StandardCharsets.UTF_8);
  }
}
