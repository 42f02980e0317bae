package org.exsync.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a simulator answers: a status, headers and a body, or an abruptly closed connection.
 *
 * @param status the HTTP status
 * @param headers header values by name
 * @param body the body, empty for none
 * @param dropConnection true to close the connection without answering, as a crashed server or a
 *     broken network would
 */
public record SimResponse(
    int status, Map<String, List<String>> headers, byte[] body, boolean dropConnection) {

  public SimResponse {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    headers = Collections.unmodifiableMap(copy);
  }

  /** A response with a body of the given media type, encoded as UTF-8. */
  public static SimResponse of(int status, String contentType, String body) {
    return new SimResponse(
        status,
        Map.of("Content-Type", List.of(contentType)),
        body.getBytes(StandardCharsets.UTF_8),
        false);
  }

  /** A response without a body. */
  public static SimResponse empty(int status) {
    return new SimResponse(status, Map.of(), new byte[0], false);
  }

  /** No answer at all: the connection is closed under the client. */
  public static SimResponse dropped() {
    return new SimResponse(0, Map.of(), new byte[0], true);
  }

  /** This response with one more header value. */
  public SimResponse withHeader(String name, String value) {
    Map<String, List<String>> more = new LinkedHashMap<>(headers);
    List<String> values = new ArrayList<>(more.getOrDefault(name, List.of()));
    values.add(value);
    more.put(name, values);
    return new SimResponse(status, more, body, dropConnection);
  }

  /**
   * What a broken proxy passes on: status 200 with the first half of this body, so the client
   * cannot parse it. A response without a body stays as it is.
   */
  public SimResponse cutInHalf() {
    if (body.length == 0) {
      return this;
    }
    return new SimResponse(
        200, headers, java.util.Arrays.copyOf(body, Math.max(1, body.length / 2)), false);
  }

  /** The body decoded as UTF-8, for tests and logs. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
