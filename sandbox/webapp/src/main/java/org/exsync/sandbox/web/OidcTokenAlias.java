package org.exsync.sandbox.web;

import java.util.function.Supplier;
import org.exsync.sandbox.http.SimHandler;
import org.exsync.sandbox.http.SimRequest;
import org.exsync.sandbox.http.SimResponse;

/**
 * The demo tenant's token endpoint once more at {@code /sandbox/oauth2/v2.0/token}. MSAL4J 1.26,
 * given an OpenID Connect authority below a path ({@code /sandbox/identity/<tenant>/v2.0/}), takes
 * the authorize endpoint from the discovery document but sends token requests to its own guess, the
 * host plus the first path segment plus {@code oauth2/v2.0/token}. At Microsoft the authority is at
 * the host's root and the guess is right; here it is answered by the same simulator, as if
 * addressed at the tenant's own token endpoint, so tokens and issuers are exactly those of the
 * discovered endpoint.
 */
final class OidcTokenAlias implements SimHandler {

  private final SimHandler identity;
  private final Supplier<String> tenantId;

  OidcTokenAlias(SimHandler identity, Supplier<String> tenantId) {
    this.identity = identity;
    this.tenantId = tenantId;
  }

  @Override
  public SimResponse handle(SimRequest request) {
    String base = request.baseUrl();
    String identityBase = base.substring(0, base.lastIndexOf("/oauth2/")) + "/identity";
    return identity.handle(
        new SimRequest(
            request.method(),
            "/" + tenantId.get() + "/oauth2/v2.0/token",
            request.rawQuery(),
            request.headers(),
            request.body(),
            identityBase,
            request.remoteAddress()));
  }
}
