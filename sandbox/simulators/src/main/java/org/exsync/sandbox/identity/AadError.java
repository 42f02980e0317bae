package org.exsync.sandbox.identity;

import jakarta.json.JsonObject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An error as the Microsoft identity platform reports it: an OAuth {@code error}, an AADSTS code
 * and its message, and the HTTP status the token endpoint answers with. {@link AadErrors} holds the
 * catalogue.
 *
 * @param status the HTTP status on the token endpoint
 * @param error the OAuth error code
 * @param code the AADSTS number
 * @param message the text after {@code AADSTSnnnn: }
 */
record AadError(int status, String error, int code, String message) {

  /** Microsoft's timestamp format in error bodies, for example {@code 2026-03-01 09:15:02Z}. */
  static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  /** {@code AADSTSnnnn: message} followed by Microsoft's trace, correlation and time lines. */
  String description(Trace trace) {
    return "AADSTS"
        + code
        + ": "
        + message
        + "\r\nTrace ID: "
        + trace.traceId()
        + "\r\nCorrelation ID: "
        + trace.correlationId()
        + "\r\nTimestamp: "
        + TIMESTAMP.format(trace.time());
  }

  /** The token endpoint's error body. */
  JsonObject toJson(Trace trace) {
    return Jsons.BUILDERS
        .createObjectBuilder()
        .add("error", error)
        .add("error_description", description(trace))
        .add("error_codes", Jsons.BUILDERS.createArrayBuilder().add(code))
        .add("timestamp", TIMESTAMP.format(trace.time()))
        .add("trace_id", trace.traceId())
        .add("correlation_id", trace.correlationId())
        .add("error_uri", "https://login.microsoftonline.com/error?code=" + code)
        .build();
  }
}
