package org.exsync.sandbox.identity;

import java.util.Arrays;
import java.util.function.Supplier;
import org.exsync.sandbox.control.FaultRule;
import org.exsync.sandbox.http.SimResponse;

/**
 * What an injected fault does to one request. Errors carry Microsoft's bodies: 503 is {@code
 * temporarily_unavailable} (AADSTS90033), other 5xx {@code server_error}, 4xx {@code
 * invalid_request}; throttling statuses carry {@code Retry-After}.
 */
final class FaultResponses {

  private FaultResponses() {}

  static SimResponse apply(FaultRule rule, Supplier<SimResponse> normal, Trace trace) {
    return switch (rule.kind()) {
      case HTTP_STATUS -> withRetryAfter(Answers.error(forStatus(rule.status()), trace));
      case SERVICE_ERROR ->
          withRetryAfter(
              Answers.error(
                  rule.status() == 503
                      ? AadErrors.temporarilyUnavailable()
                      : AadErrors.serverError(500),
                  trace));
      case TIMEOUT -> {
        pause(rule.delayMillis());
        yield SimResponse.dropped();
      }
      case DROP_CONNECTION -> SimResponse.dropped();
      case MALFORMED_BODY -> truncated(normal.get());
      case SLOW -> {
        pause(rule.delayMillis());
        yield normal.get();
      }
    };
  }

  private static AadError forStatus(int status) {
    if (status == 503) {
      return AadErrors.temporarilyUnavailable();
    }
    if (status >= 500) {
      return AadErrors.serverError(status);
    }
    return AadErrors.requestRejected(status);
  }

  private static SimResponse withRetryAfter(SimResponse response) {
    return response.status() == 429 || response.status() == 503
        ? response.withHeader("Retry-After", "5")
        : response;
  }

  /** The answer a broken proxy would pass on: status 200, the body cut in half. */
  private static SimResponse truncated(SimResponse response) {
    byte[] body = response.body();
    return new SimResponse(
        200, response.headers(), Arrays.copyOf(body, body.length / 2), response.dropConnection());
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
