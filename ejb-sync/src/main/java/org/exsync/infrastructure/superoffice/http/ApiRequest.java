package org.exsync.infrastructure.superoffice.http;

import java.util.Map;
import java.util.Objects;

/**
 * One Web API call: method, the path below {@code /api/v1/} with its query (already encoded), or an
 * absolute {@code odata.nextLink}; the JSON body or null; extra headers such as {@code
 * If-Unmodified-Since}.
 */
public record ApiRequest(String method, String target, String body, Map<String, String> headers) {

  public ApiRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(target, "target");
    headers = Map.copyOf(headers);
  }

  public static ApiRequest get(String target) {
    return new ApiRequest("GET", target, null, Map.of());
  }

  public static ApiRequest send(String method, String target, String body) {
    return new ApiRequest(method, target, body, Map.of());
  }

  public ApiRequest withHeader(String name, String value) {
    java.util.Map<String, String> more = new java.util.LinkedHashMap<>(headers);
    more.put(name, value);
    return new ApiRequest(method, target, body, more);
  }

  /** GET, PUT and DELETE may be sent again after a passing fault; POST would create twice. */
  boolean idempotent() {
    return !method.equals("POST");
  }

  /** The request in words for messages: method and path, without the query. */
  String describe() {
    String path = target;
    int api = path.indexOf("/api/v1/");
    if (api >= 0) {
      path = path.substring(api + "/api/v1/".length());
    }
    int query = path.indexOf('?');
    return method + " " + (query < 0 ? path : path.substring(0, query));
  }
}
