package org.exsync.sandbox.identity;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exsync.sandbox.http.SimRequest;
import org.exsync.sandbox.http.SimResponse;
import org.exsync.sandbox.identity.Directory.TenantPath;

/**
 * {@code POST /{tenant}/oauth2/v2.0/token}: authenticates the client (secret in the form or by HTTP
 * Basic, as RFC 6749 allows and Microsoft accepts) and redeems the grant.
 */
final class TokenEndpoint {

  private final IdentityCore core;
  private final TokenGrants grants;

  TokenEndpoint(IdentityCore core) {
    this.core = core;
    this.grants = new TokenGrants(core);
  }

  SimResponse handle(SimRequest request, TenantPath tenant, Trace trace) {
    try {
      if (!"POST".equals(request.method())) {
        throw new AadException(AadErrors.postOnly(request.method()));
      }
      Map<String, String> form = request.formParameters();
      String grantType = TokenGrants.required(form, "grant_type");
      ClientCredential credential = credential(request, form);
      RegisteredApplication app =
          core.applications().require(credential.clientId(), tenant.segment());
      if (credential.secret() == null) {
        throw new AadException(AadErrors.missingClientCredential());
      }
      if (!app.acceptsSecret(credential.secret())) {
        throw new AadException(AadErrors.invalidClientSecret(app.clientId()));
      }
      return Answers.json(200, redeem(grantType, app, tenant, form, request.baseUrl()), trace);
    } catch (AadException e) {
      core.counters().increment("grants.refused." + e.error().error());
      return Answers.error(e.error(), trace);
    }
  }

  /**
   * Who a token request is for, before it is processed: the user behind the code or refresh token
   * when there is one, then the client. Fault rules match either.
   */
  List<String> principals(SimRequest request) {
    Map<String, String> form = request.formParameters();
    List<String> principals = new ArrayList<>(2);
    core.codes().userOf(form.get("code")).ifPresent(principals::add);
    core.refreshTokens().userOf(form.get("refresh_token")).ifPresent(principals::add);
    basic(request)
        .map(ClientCredential::clientId)
        .or(() -> Optional.ofNullable(form.get("client_id")))
        .ifPresent(principals::add);
    return principals;
  }

  private jakarta.json.JsonObject redeem(
      String grantType,
      RegisteredApplication app,
      TenantPath tenant,
      Map<String, String> form,
      String base) {
    return switch (grantType) {
      case "authorization_code" -> grants.authorizationCode(app, tenant, form, base);
      case "refresh_token" -> grants.refreshToken(app, tenant, form, base);
      case "client_credentials" -> grants.clientCredentials(app, tenant, form);
      default -> throw new AadException(AadErrors.unsupportedGrantType(grantType));
    };
  }

  private static ClientCredential credential(SimRequest request, Map<String, String> form) {
    Optional<ClientCredential> basic = basic(request);
    if (basic.isPresent()) {
      return basic.get();
    }
    return new ClientCredential(
        TokenGrants.required(form, "client_id"), blankToNull(form.get("client_secret")));
  }

  /** RFC 6749 2.3.1: id and secret form-encoded, joined by a colon, then base64. */
  private static Optional<ClientCredential> basic(SimRequest request) {
    return request
        .header("Authorization")
        .filter(h -> h.regionMatches(true, 0, "Basic ", 0, 6))
        .flatMap(
            h -> {
              try {
                String pair =
                    new String(
                        Base64.getDecoder().decode(h.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                if (colon < 0) {
                  return Optional.empty();
                }
                return Optional.of(
                    new ClientCredential(
                        URLDecoder.decode(pair.substring(0, colon), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(colon + 1), StandardCharsets.UTF_8)));
              } catch (IllegalArgumentException e) {
                return Optional.empty();
              }
            });
  }

  private static String blankToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  private record ClientCredential(String clientId, String secret) {}
}
