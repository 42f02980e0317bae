package org.exsync.sandbox.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP request as a simulator sees it, independent of the server that received it.
 *
 * @param method the HTTP method, upper case
 * @param path the path below the simulator's mount point, starting with {@code /}, not decoded
 * @param rawQuery the query string without {@code ?}, or empty
 * @param headers header values by name; names compare case-insensitively, as HTTP says
 * @param body the request body, empty when there is none
 * @param baseUrl scheme, host, port and mount point of the simulator, without a trailing slash, as
 *     the client addressed it (used to build links such as {@code odata.nextLink})
 * @param remoteAddress the client's address
 */
public record SimRequest(
    String method,
    String path,
    String rawQuery,
    Map<String, List<String>> headers,
    byte[] body,
    String baseUrl,
    String remoteAddress) {

  public SimRequest {
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach(
        (name, values) -> copy.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values));
    headers = Collections.unmodifiableMap(copy);
    rawQuery = rawQuery == null ? "" : rawQuery;
  }

  /** The first value of a header, if the request has it. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The body decoded as UTF-8. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Query parameters, decoded, in their order; a name given twice keeps its first value. */
  public Map<String, String> queryParameters() {
    return decodeForm(rawQuery);
  }

  /** A form body ({@code application/x-www-form-urlencoded}) decoded. */
  public Map<String, String> formParameters() {
    return decodeForm(bodyText());
  }

  /** Decodes {@code a=1&b=2} into an ordered map; a repeated name keeps its first value. */
  public static Map<String, String> decodeForm(String encoded) {
    Map<String, String> values = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return values;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      values.putIfAbsent(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return values;
  }
}
