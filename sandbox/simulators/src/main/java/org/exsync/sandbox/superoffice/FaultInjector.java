package org.exsync.sandbox.superoffice;

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
      case HTTP_STATUS -> status(rule, resource);
      case TIMEOUT -> {
        rule.holdForDelay();
        yield SimResponse.dropped();
      }
      case DROP_CONNECTION -> SimResponse.dropped();
      case MALFORMED_BODY -> call.get().cutInHalf();
      case SERVICE_ERROR ->
          Errors.response(
              500, "SoException", "An unexpected error occurred in NetServer", resource);
      case SLOW -> {
        rule.holdForDelay();
        yield call.get();
      }
    };
  }

  /**
   * The rule's status with the Web API's error body; 429 and 503 say when to come back in {@code
   * Retry-After}: the rule's delay in whole seconds, at least one.
   */
  private static SimResponse status(FaultRule rule, String resource) {
    int status = rule.status();
    SimResponse response =
        Errors.response(status, "SoException", "The request failed with HTTP " + status, resource);
    long seconds = Math.max(1, rule.delayMillis() / 1000);
    return status == 429 || status == 503
        ? response.withHeader("Retry-After", String.valueOf(seconds))
        : response;
  }
}
