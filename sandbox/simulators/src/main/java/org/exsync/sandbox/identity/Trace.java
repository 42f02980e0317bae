package org.exsync.sandbox.identity;

import java.time.Instant;
import java.util.UUID;
import org.exsync.sandbox.http.SimRequest;

/**
 * The ids Microsoft stamps on every answer: a trace id of its own and the caller's {@code
 * client-request-id} echoed as correlation id, so a failure can be found in both parties' logs.
 */
record Trace(String traceId, String correlationId, Instant time) {

  static Trace of(SimRequest request, Instant now) {
    String correlationId =
        request
            .header("client-request-id")
            .filter(id -> !id.isBlank())
            .orElseGet(() -> UUID.randomUUID().toString());
    return new Trace(UUID.randomUUID().toString(), correlationId, now);
  }
}
