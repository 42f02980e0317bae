package org.exsync.sandbox.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.exsync.sandbox.http.SimRequest;
import org.exsync.sandbox.http.SimResponse;
import org.exsync.sandbox.identity.Directory.TenantPath;

/**
 * {@code /{tenant}/oauth2/v2.0/authorize}: checks the request as Microsoft does and opens the
 * sign-in page. Until the client and its redirect URI are known to be registered, errors are shown
 * as a page (a redirect to an unregistered URI would be an open redirector); after that they go to
 * the redirect URI.
 */
final class AuthorizeEndpoint {

  /** How long a sign-in page may stay open before its context expires. */
  static final Duration SIGN_IN_WINDOW = Duration.ofMinutes(30);

  private static final Set<String> RESPONSE_MODES = Set.of("query", "fragment", "form_post");

  private final IdentityCore core;
  private final SignInContexts contexts;
  private final SignInFlow flow;

  AuthorizeEndpoint(IdentityCore core, SignInContexts contexts) {
    this.core = core;
    this.contexts = contexts;
    this.flow = new SignInFlow(core, contexts);
  }

  SimResponse handle(SimRequest request, TenantPath tenant, Trace trace) {
    Map<String, String> params =
        "POST".equals(request.method()) ? request.formParameters() : request.queryParameters();
    RegisteredApplication app;
    String redirectUri = params.get("redirect_uri");
    try {
      app =
          core.applications().require(TokenGrants.required(params, "client_id"), tenant.segment());
      if (redirectUri == null || !app.redirectUris().contains(redirectUri)) {
        throw new AadException(AadErrors.replyUrlMismatch(redirectUri, app.clientId()));
      }
    } catch (AadException e) {
      return Answers.html(200, Pages.error(e.error(), trace), trace);
    }
    String responseMode = params.getOrDefault("response_mode", "query");
    String state = params.get("state");
    Map<String, String> echoed = state == null ? Map.of() : Map.of("state", state);
    try {
      if (!RESPONSE_MODES.contains(responseMode)) {
        responseMode = "query";
        throw new AadException(AadErrors.malformedRequest());
      }
      AuthorizationRequest pending = validated(params, tenant, app, redirectUri, responseMode);
      String ctx = contexts.open(pending, core.now());
      return flow.signInPage(request, pending, ctx, null, trace);
    } catch (AadException e) {
      return RedirectAnswer.error(redirectUri, responseMode, echoed, e.error(), trace);
    }
  }

  private AuthorizationRequest validated(
      Map<String, String> params,
      TenantPath tenant,
      RegisteredApplication app,
      String redirectUri,
      String responseMode) {
    String responseType = TokenGrants.required(params, "response_type");
    if (!responseType.equals("code")) {
      throw new AadException(AadErrors.unsupportedResponseType(responseType));
    }
    ScopeRequest scopes =
        ScopeRequest.parse(TokenGrants.required(params, "scope"), core.settings().resource());
    String challenge = params.get("code_challenge");
    String method = params.getOrDefault("code_challenge_method", "plain");
    if (challenge != null && !(method.equals("S256") || method.equals("plain"))) {
      throw new AadException(AadErrors.malformedRequest());
    }
    Instant now = core.now();
    return new AuthorizationRequest(
        tenant,
        app,
        redirectUri,
        responseMode,
        scopes,
        params.get("state"),
        params.get("nonce"),
        challenge,
        challenge == null ? null : method,
        "consent".equals(params.get("prompt")),
        params.get("login_hint"),
        "1".equals(params.get("client_info")),
        null,
        null,
        now.plus(SIGN_IN_WINDOW));
  }

  SimResponse login(SimRequest request, Trace trace) {
    return flow.login(request, trace);
  }

  SimResponse consent(SimRequest request, Trace trace) {
    return flow.consent(request, trace);
  }
}
