package org.exsync.sandbox.identity;

import jakarta.json.JsonObject;
import org.exsync.sandbox.http.SimResponse;

/** Responses with the headers Microsoft's identity endpoints send on every answer. */
final class Answers {

  private Answers() {}

  static SimResponse json(int status, JsonObject body, Trace trace) {
    return stamped(
        SimResponse.of(status, "application/json; charset=utf-8", body.toString()), trace);
  }

  static SimResponse error(AadError error, Trace trace) {
    return json(error.status(), error.toJson(trace), trace);
  }

  static SimResponse html(int status, String page, Trace trace) {
    return stamped(SimResponse.of(status, "text/html; charset=utf-8", page), trace)
        .withHeader("X-Frame-Options", "DENY");
  }

  /** Tokens and sign-in pages must never be cached; the ids let a failure be traced. */
  static SimResponse stamped(SimResponse response, Trace trace) {
    return response
        .withHeader("Cache-Control", "no-store, no-cache")
        .withHeader("Pragma", "no-cache")
        .withHeader("x-ms-request-id", trace.traceId())
        .withHeader("client-request-id", trace.correlationId());
  }
}
