package org.exsync.sandbox.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.exsync.sandbox.control.FaultPlan;
import org.exsync.sandbox.control.FaultRule;
import org.exsync.sandbox.http.SimHandler;
import org.exsync.sandbox.http.SimRequest;
import org.exsync.sandbox.http.SimResponse;
import org.exsync.sandbox.identity.Directory.TenantPath;

/**
 * Maps Microsoft's paths below {@code /{tenant}/} to the endpoints, counts requests and injects the
 * faults the plan draws for the endpoint's operation ({@code discovery}, {@code authorize}, {@code
 * token}) and the request's user or client.
 */
final class IdentityRoutes implements SimHandler {

  private static final Logger LOG = Logger.getLogger(IdentityRoutes.class.getName());

  /** An endpoint, the path below the tenant that reaches it, and its fault operation. */
  private enum Endpoint {
    DISCOVERY("v2.0/.well-known/openid-configuration", "discovery"),
    KEYS("discovery/v2.0/keys", "discovery"),
    KEYS_V1("discovery/keys", "discovery"),
    AUTHORIZE("oauth2/v2.0/authorize", "authorize"),
    LOGIN("login", "authorize"),
    CONSENT("consent/set", "authorize"),
    TOKEN("oauth2/v2.0/token", "token");

    final String path;
    final String operation;

    Endpoint(String path, String operation) {
      this.path = path;
      this.operation = operation;
    }

    static Optional<Endpoint> of(String pathBelowTenant) {
      String lower = pathBelowTenant.toLowerCase(Locale.ROOT);
      for (Endpoint endpoint : values()) {
        if (endpoint.path.equals(lower)) {
          return Optional.of(endpoint);
        }
      }
      return Optional.empty();
    }

    String counterName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final IdentityCore core;
  private final FaultPlan faults;
  private final DiscoveryEndpoint discovery;
  private final AuthorizeEndpoint authorize;
  private final TokenEndpoint token;

  IdentityRoutes(IdentityCore core, FaultPlan faults, SignInContexts contexts) {
    this.core = core;
    this.faults = faults;
    this.discovery = new DiscoveryEndpoint(core);
    this.authorize = new AuthorizeEndpoint(core, contexts);
    this.token = new TokenEndpoint(core);
  }

  @Override
  public SimResponse handle(SimRequest request) {
    Trace trace = Trace.of(request, core.now());
    core.counters().increment("requests");
    try {
      String path = request.path().startsWith("/") ? request.path().substring(1) : request.path();
      int slash = path.indexOf('/');
      Optional<Endpoint> endpoint =
          slash < 1 ? Optional.empty() : Endpoint.of(path.substring(slash + 1));
      if (endpoint.isEmpty()) {
        return Answers.stamped(SimResponse.of(404, "text/plain", "Not found"), trace);
      }
      core.counters().increment("requests." + endpoint.get().counterName());
      return serve(endpoint.get(), path.substring(0, slash), request, trace);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "The identity simulator failed on " + request.path(), e);
      return Answers.error(AadErrors.serverError(500), trace);
    }
  }

  private SimResponse serve(Endpoint endpoint, String segment, SimRequest request, Trace trace) {
    TenantPath tenant;
    try {
      tenant =
          core.directory()
              .resolve(segment, endpoint == Endpoint.TOKEN ? "invalid_request" : "invalid_tenant");
    } catch (AadException e) {
      return endpoint.operation.equals("authorize")
          ? Answers.html(200, Pages.error(e.error(), trace), trace)
          : Answers.error(e.error(), trace);
    }
    Optional<FaultRule> fault = drawFault(endpoint, request);
    if (fault.isPresent()) {
      core.counters().increment("faults." + fault.get().kind());
      return FaultResponses.apply(
          fault.get(), () -> dispatch(endpoint, tenant, request, trace), trace);
    }
    return dispatch(endpoint, tenant, request, trace);
  }

  private SimResponse dispatch(
      Endpoint endpoint, TenantPath tenant, SimRequest request, Trace trace) {
    String base = request.baseUrl();
    return switch (endpoint) {
      case DISCOVERY -> discovery.openIdConfiguration(base, tenant, trace);
      case KEYS, KEYS_V1 -> discovery.keys(base, tenant, trace);
      case AUTHORIZE -> authorize.handle(request, tenant, trace);
      case LOGIN -> authorize.login(request, trace);
      case CONSENT -> authorize.consent(request, trace);
      case TOKEN -> token.handle(request, tenant, trace);
    };
  }

  /** Tries the request's principals in turn, so a rule for a user or for a client both match. */
  private Optional<FaultRule> drawFault(Endpoint endpoint, SimRequest request) {
    List<String> principals = principals(endpoint, request);
    for (String principal : principals) {
      Optional<FaultRule> rule = faults.draw(endpoint.operation, principal);
      if (rule.isPresent()) {
        return rule;
      }
    }
    return principals.isEmpty() ? faults.draw(endpoint.operation, null) : Optional.empty();
  }

  private List<String> principals(Endpoint endpoint, SimRequest request) {
    if (endpoint == Endpoint.TOKEN) {
      return token.principals(request);
    }
    Map<String, String> params =
        "POST".equals(request.method()) ? request.formParameters() : request.queryParameters();
    List<String> principals = new ArrayList<>(2);
    Optional.ofNullable(params.get("login"))
        .or(() -> Optional.ofNullable(params.get("login_hint")))
        .ifPresent(principals::add);
    Optional.ofNullable(params.get("client_id")).ifPresent(principals::add);
    return principals;
  }
}
