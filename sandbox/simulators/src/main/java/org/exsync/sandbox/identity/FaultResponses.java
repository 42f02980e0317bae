package org.exsync.sandbox.identity;

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
        rule.holdForDelay();
        yield SimResponse.dropped();
      }
      case DROP_CONNECTION -> SimResponse.dropped();
      case MALFORMED_BODY -> normal.get().cutInHalf();
      case SLOW -> {
        rule.holdForDelay();
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
}
