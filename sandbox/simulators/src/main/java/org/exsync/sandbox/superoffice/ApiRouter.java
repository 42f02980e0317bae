package org.exsync.sandbox.superoffice;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.exsync.sandbox.control.Counters;
import org.exsync.sandbox.control.Latency;
import org.exsync.sandbox.http.SimHandler;
import org.exsync.sandbox.http.SimRequest;
import org.exsync.sandbox.http.SimResponse;
import org.exsync.sandbox.superoffice.auth.AuthFailure;
import org.exsync.sandbox.superoffice.auth.Authenticator;
import org.exsync.sandbox.superoffice.auth.Caller;
import org.exsync.sandbox.superoffice.auth.PartnerSystemUserEndpoint;
import org.exsync.sandbox.superoffice.auth.RateLimiter;
import org.exsync.sandbox.superoffice.auth.TenantStatusEndpoint;
import org.exsync.sandbox.superoffice.odata.ODataException;
import org.exsync.sandbox.superoffice.rest.ApiCall;
import org.exsync.sandbox.superoffice.rest.ApiError;
import org.exsync.sandbox.superoffice.rest.EntityEndpoint;
import org.exsync.sandbox.superoffice.rest.Errors;
import org.exsync.sandbox.superoffice.store.CrmStore;

/**
 * The simulator's HTTP surface. Below the mount point it serves the login service ({@code
 * /Login/api/PartnerSystemUser/Authenticate}), the tenant status ({@code /api/state/{ctx}}) and the
 * tenant's Web API at {@code /{ctx}/api/v1/...} (also without the tenant prefix). A Web API call is
 * authenticated, rate-limited, exposed to injected faults, then handed to its resource.
 */
final class ApiRouter implements SimHandler {

  private final String contextIdentifier;
  private final CrmStore store;
  private final Authenticator authenticator;
  private final RateLimiter rateLimiter;
  private final FaultInjector faults;
  private final Counters counters;
  private final PartnerSystemUserEndpoint login;
  private final TenantStatusEndpoint status;
  private final Map<String, Function<ApiCall, EntityEndpoint.Outcome>> resources;
  private final Clock clock;
  private volatile Latency latency;

  ApiRouter(
      String contextIdentifier,
      CrmStore store,
      Authenticator authenticator,
      RateLimiter rateLimiter,
      FaultInjector faults,
      Counters counters,
      PartnerSystemUserEndpoint login,
      TenantStatusEndpoint status,
      Map<String, Function<ApiCall, EntityEndpoint.Outcome>> resources,
      Clock clock,
      Latency latency) {
    this.contextIdentifier = contextIdentifier;
    this.store = store;
    this.authenticator = authenticator;
    this.rateLimiter = rateLimiter;
    this.faults = faults;
    this.counters = counters;
    this.login = login;
    this.status = status;
    this.resources = resources;
    this.clock = clock;
    this.latency = latency;
  }

  void latency(Latency next) {
    this.latency = next;
  }

  /**
   * Every answer carries its {@code Date} on the simulator's clock, as IIS sends it: the time its
   * change stamps are on, which tells a client when what it read was read.
   */
  @Override
  public SimResponse handle(SimRequest request) {
    SimResponse answer = route(request);
    return answer.dropConnection()
        ? answer
        : answer.withHeader(
            "Date",
            DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().atOffset(ZoneOffset.UTC)));
  }

  private SimResponse route(SimRequest request) {
    List<String> path = Arrays.stream(request.path().split("/")).filter(s -> !s.isEmpty()).toList();
    boolean prefixed = !path.isEmpty() && path.get(0).equalsIgnoreCase(contextIdentifier);
    List<String> rest = prefixed ? path.subList(1, path.size()) : path;
    if (matches(rest, "login", "api", "partnersystemuser", "authenticate")) {
      counters.increment("requests.PartnerSystemUser");
      return login.handle(request, this::tenantEndpoint);
    }
    if (rest.size() == 3 && matches(rest.subList(0, 2), "api", "state")) {
      counters.increment("requests.State");
      return status.handle(rest.get(2), tenantEndpoint(request));
    }
    if (rest.size() >= 3 && matches(rest.subList(0, 2), "api", "v1")) {
      String root = request.baseUrl() + (prefixed ? "/" + path.get(0) : "") + "/api/v1";
      return api(request, root, rest.subList(2, rest.size()));
    }
    return Errors.response(404, "NotFound", "No resource at " + request.path(), "WebApi");
  }

  private SimResponse api(SimRequest request, String root, List<String> path) {
    String resource = canonical(path.get(0));
    counters.increment("requests");
    counters.increment("requests." + resource);
    Caller caller;
    try {
      caller = authenticator.authenticate(request);
    } catch (AuthFailure e) {
      counters.increment("auth.failed");
      return Errors.response(401, "UnauthorizedAccessException", e.getMessage(), resource)
          .withHeader("WWW-Authenticate", "SOTicket realm=\"SuperOffice\"")
          .withHeader("WWW-Authenticate", "Basic realm=\"SuperOffice\"");
    }
    if (!rateLimiter.admit(caller.rateKey())) {
      counters.increment("rateLimited");
      return Errors.response(
              429, "TooManyRequests", "Rate limit exceeded: too many calls per second", resource)
          .withHeader("Retry-After", "1");
    }
    return faults.around(
        resource,
        caller.associate().userName(),
        () -> dispatch(request, root, path, caller, resource));
  }

  private SimResponse dispatch(
      SimRequest request, String root, List<String> path, Caller caller, String resource) {
    try {
      ApiCall call = new ApiCall(request, caller.associate(), zone(request), root, path);
      Function<ApiCall, EntityEndpoint.Outcome> handler =
          resources.get(resource.toLowerCase(Locale.ROOT));
      if (handler == null) {
        throw new ApiError(404, "NotFound", "No resource at /api/v1/" + String.join("/", path));
      }
      EntityEndpoint.Outcome outcome = handler.apply(call);
      latency.pause(outcome.items());
      return outcome.response();
    } catch (ApiError e) {
      return Errors.of(e, resource);
    } catch (ODataException e) {
      return Errors.response(400, "ODataException", e.getMessage(), resource);
    }
  }

  /** The zone of diary times: SO-TimeZone (an IANA zone id or UTC) or the base zone. */
  private ZoneId zone(SimRequest request) {
    String asked = request.header("SO-TimeZone").orElse("").trim();
    if (asked.isEmpty()) {
      return store.baseZone();
    }
    try {
      return ZoneId.of(asked);
    } catch (DateTimeException e) {
      throw ApiError.badRequest("SO-TimeZone '" + asked + "' is not a known time zone");
    }
  }

  private String tenantEndpoint(SimRequest request) {
    return request.baseUrl() + "/" + contextIdentifier;
  }

  private String canonical(String segment) {
    for (String name :
        List.of(
            "Appointment",
            "Person",
            "Contact",
            "User",
            "Archive",
            "Selection",
            "Webhook",
            "TimeZone",
            "Agents")) {
      if (name.equalsIgnoreCase(segment)) {
        return name;
      }
    }
    return segment;
  }

  private static boolean matches(List<String> path, String... expected) {
    if (path.size() != expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if (!path.get(i).equalsIgnoreCase(expected[i])) {
        return false;
      }
    }
    return true;
  }
}
