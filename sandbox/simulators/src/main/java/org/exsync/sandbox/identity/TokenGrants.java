package org.exsync.sandbox.identity;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.exsync.sandbox.identity.Directory.Account;
import org.exsync.sandbox.identity.Directory.TenantPath;

/**
 * The three grants the token endpoint redeems for an authenticated client: an authorization code, a
 * refresh token and the client's own credentials. Each answers Microsoft's token response or throws
 * the {@link AadError} Microsoft would answer with.
 */
final class TokenGrants {

  private final IdentityCore core;

  TokenGrants(IdentityCore core) {
    this.core = core;
  }

  JsonObject authorizationCode(
      RegisteredApplication app, TenantPath tenant, Map<String, String> form, String base) {
    String code = required(form, "code");
    String redirectUri = required(form, "redirect_uri");
    Instant now = core.now();
    AuthorizationCodes.Issued issued = core.codes().redeem(code, now);
    DelegatedGrant grant = issued.grant();
    if (!grant.clientId().equals(app.clientId())
        || (tenant.specific() && !tenant.tenantId().equals(grant.tenantId()))) {
      throw new AadException(AadErrors.malformedGrant());
    }
    if (!issued.redirectUri().equals(redirectUri)) {
      throw new AadException(AadErrors.replyAddressMismatch(redirectUri, issued.redirectUri()));
    }
    if (issued.codeChallenge() != null
        && !pkceMatches(
            issued.codeChallenge(), issued.challengeMethod(), form.get("code_verifier"))) {
      throw new AadException(AadErrors.codeVerifierMismatch());
    }
    Account account = stillValid(grant);
    return delegatedResponse(grant, account, app, issued.nonce(), form, base, now);
  }

  JsonObject refreshToken(
      RegisteredApplication app, TenantPath tenant, Map<String, String> form, String base) {
    RefreshTokens.Stored stored = core.refreshTokens().find(required(form, "refresh_token"));
    DelegatedGrant grant = stored.grant();
    if (!grant.clientId().equals(app.clientId())
        || (tenant.specific() && !tenant.tenantId().equals(grant.tenantId()))) {
      throw new AadException(AadErrors.malformedGrant());
    }
    Instant now = core.now();
    Duration unused = Duration.between(stored.issuedAt(), now);
    if (unused.compareTo(core.settings().refreshTokenInactivity()) >= 0) {
      throw new AadException(AadErrors.refreshTokenInactive(stored.issuedAt(), unused));
    }
    Account account = stillValid(grant);
    ScopeRequest requested = ScopeRequest.parse(form.get("scope"), core.settings().resource());
    Set<String> permissions = requested.delegatedFor(app);
    if (permissions.isEmpty()) {
      permissions = grant.permissions();
    }
    Set<String> needed = new HashSet<>(grant.oidc());
    needed.addAll(permissions);
    if (!core.consents().covers(grant.upn(), app.clientId(), needed)) {
      throw new AadException(AadErrors.consentRequired(app.clientId(), app.displayName()));
    }
    return delegatedResponse(
        grant.withPermissions(permissions), account, app, null, form, base, now);
  }

  JsonObject clientCredentials(
      RegisteredApplication app, TenantPath tenant, Map<String, String> form) {
    if (!tenant.specific()) {
      throw new AadException(AadErrors.noTenantInRequest());
    }
    String requested = required(form, "scope").trim();
    // MSAL adds openid, profile and offline_access to every request; Microsoft ignores them here.
    List<String> resourceScopes =
        Arrays.stream(requested.split("\\s+"))
            .filter(s -> !ScopeRequest.OIDC.contains(s.toLowerCase(Locale.ROOT)))
            .toList();
    String scope = resourceScopes.size() == 1 ? resourceScopes.get(0) : requested;
    if (!scope.endsWith("/.default")) {
      throw new AadException(AadErrors.clientCredentialsNeedDefaultScope(scope));
    }
    String resource = scope.substring(0, scope.length() - "/.default".length());
    if (!resource.equalsIgnoreCase(core.settings().resource())) {
      throw new AadException(AadErrors.resourceNotFound(resource, tenant.segment()));
    }
    Set<String> roles = core.applications().grantedRoles(app);
    TokenMinter.Minted minted =
        core.minter().appOnlyAccessToken(app, tenant.tenantId(), roles, core.now());
    core.counters().increment("tokens.issued.client_credentials");
    return Jsons.BUILDERS
        .createObjectBuilder()
        .add("token_type", "Bearer")
        .add("expires_in", minted.lifetime().toSeconds())
        .add("ext_expires_in", minted.lifetime().toSeconds())
        .add("access_token", minted.token())
        .build();
  }

  private JsonObject delegatedResponse(
      DelegatedGrant grant,
      Account account,
      RegisteredApplication app,
      String nonce,
      Map<String, String> form,
      String base,
      Instant now) {
    TokenMinter.Minted minted = core.minter().delegatedAccessToken(grant, account.user(), app, now);
    JsonObjectBuilder response =
        Jsons.BUILDERS
            .createObjectBuilder()
            .add("token_type", "Bearer")
            .add("scope", minted.scope())
            .add("expires_in", minted.lifetime().toSeconds())
            .add("ext_expires_in", minted.lifetime().toSeconds())
            .add("access_token", minted.token());
    if (grant.offlineAccess()) {
      response.add(
          "refresh_token",
          core.refreshTokens().issue(grant, now, core.settings().refreshTokenInactivity()));
    }
    if (grant.oidc().contains("openid")) {
      response.add(
          "id_token",
          core.minter().idToken(grant, account.user(), app.clientId(), nonce, base, now));
    }
    if ("1".equals(form.get("client_info"))) {
      response.add(
          "client_info", TokenMinter.clientInfo(account.user().objectId(), grant.tenantId()));
    }
    core.counters().increment("tokens.issued." + form.get("grant_type"));
    return response.build();
  }

  /** The grant's account, if the user has not had their grants revoked since signing in. */
  private Account stillValid(DelegatedGrant grant) {
    Account account =
        core.directory()
            .account(grant.upn())
            .orElseThrow(() -> new AadException(AadErrors.malformedGrant()));
    if (grant.authTime().isBefore(account.tokensValidFrom())) {
      throw new AadException(AadErrors.grantRevoked(grant.authTime(), account.tokensValidFrom()));
    }
    return account;
  }

  /** RFC 7636: {@code S256} compares base64url(SHA-256(verifier)); {@code plain} the verifier. */
  static boolean pkceMatches(String challenge, String method, String verifier) {
    if (verifier == null || verifier.isEmpty()) {
      return false;
    }
    String expected = verifier;
    if ("S256".equals(method)) {
      try {
        byte[] digest =
            MessageDigest.getInstance("SHA-256")
                .digest(verifier.getBytes(StandardCharsets.US_ASCII));
        expected = Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException("The JDK lacks SHA-256", e);
      }
    }
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        challenge.getBytes(StandardCharsets.US_ASCII));
  }

  static String required(Map<String, String> form, String name) {
    String value = form.get(name);
    if (value == null || value.isBlank()) {
      throw new AadException(AadErrors.missingParameter(name));
    }
    return value;
  }
}
