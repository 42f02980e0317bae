package org.exsync.sandbox.superoffice;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import org.exsync.sandbox.control.Counters;
import org.exsync.sandbox.control.FaultPlan;
import org.exsync.sandbox.control.FaultRule;
import org.exsync.sandbox.http.SimResponse;
import org.exsync.sandbox.superoffice.rest.Errors;

/**
 * Applies the fault plan to one Web API call: the operation is the resource name, the principal the
 * calling associate's user name.
 */
final class FaultInjector {

  private final FaultPlan plan;
  private final Counters counters;

  FaultInjector(FaultPlan plan, Counters counters) {
    this.plan = plan;
    this.counters = counters;
  }

  SimResponse around(String resource, String principal, Supplier<SimResponse> call) {
    Optional<FaultRule> drawn = plan.draw(resource, principal);
    if (drawn.isEmpty()) {
      return call.get();
    }
    FaultRule rule = drawn.get();
    counters.increment("faults." + rule.kind());
    return switch (rule.kind()) {
      case HTTP_STATUS -> status(rule.status(), resource);
      case TIMEOUT -> {
        sleep(rule.delayMillis());
        yield SimResponse.dropped();
      }
      case DROP_CONNECTION -> SimResponse.dropped();
      case MALFORMED_BODY -> truncated(call.get());
      case SERVICE_ERROR ->
          Errors.response(
              500, "SoException", "An unexpected error occurred in NetServer", resource);
      case SLOW -> {
        sleep(rule.delayMillis());
        yield call.get();
      }
    };
  }

  private static SimResponse status(int status, String resource) {
    SimResponse response =
        Errors.response(status, "SoException", "The request failed with HTTP " + status, resource);
    return status == 429 || status == 503 ? response.withHeader("Retry-After", "1") : response;
  }

  private static SimResponse truncated(SimResponse response) {
    byte[] body = response.body();
    if (body.length == 0) {
      return response;
    }
    byte[] half = Arrays.copyOf(body, Math.max(1, body.length / 2));
    return new SimResponse(200, response.headers(), half, false);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
