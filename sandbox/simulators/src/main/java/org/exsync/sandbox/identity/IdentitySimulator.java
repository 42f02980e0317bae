package org.exsync.sandbox.identity;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.exsync.sandbox.Simulator;
import org.exsync.sandbox.control.Counters;
import org.exsync.sandbox.control.FaultPlan;
import org.exsync.sandbox.data.SandboxWorld;
import org.exsync.sandbox.http.SimHandler;

/**
 * The Microsoft identity platform of one simulated tenant: sign-in and consent pages, the v2.0
 * token endpoint, OpenID Connect discovery and keys, and the checks a resource server makes on the
 * access tokens it issued. Registrations, consents and revocations are steered through the methods
 * below, as an administrator or a user would through the Entra admin center or My Account.
 */
public final class IdentitySimulator implements Simulator, AccessTokenVerifier {

  /** Microsoft's token validation tolerates this much clock difference. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private final IdentityCore core;
  private final FaultPlan faults = new FaultPlan();
  private final SignInContexts contexts = new SignInContexts();
  private final IdentityRoutes routes;

  /** Microsoft's default token policy on the system clock. */
  public IdentitySimulator() {
    this(IdentitySettings.defaults(), Clock.systemUTC());
  }

  /**
   * @param settings the token policy and the resource tokens are for
   * @param clock the time tokens are issued and checked at; tests pass one they can move forward
   */
  public IdentitySimulator(IdentitySettings settings, Clock clock) {
    JwtSigner signer = new JwtSigner();
    core =
        new IdentityCore(
            new Directory(),
            new Applications(),
            new Consents(),
            new AuthorizationCodes(),
            new RefreshTokens(),
            signer,
            new TokenMinter(signer, settings),
            settings,
            clock,
            new Counters());
    routes = new IdentityRoutes(core, faults, contexts);
  }

  @Override
  public SimHandler handler() {
    return routes;
  }

  @Override
  public FaultPlan faults() {
    return faults;
  }

  @Override
  public Counters counters() {
    return core.counters();
  }

  /** The world's tenant and users become this tenant's; grants and consents are forgotten. */
  @Override
  public void seed(SandboxWorld world) {
    forgetGrants();
    core.directory().load(world);
  }

  /**
   * Forgets users, grants, consents, faults and counters. Application registrations and admin
   * consent are tenant configuration and stay.
   */
  @Override
  public void reset() {
    forgetGrants();
    core.directory().clear();
    faults.clear();
    core.counters().reset();
  }

  private void forgetGrants() {
    core.codes().clear();
    core.refreshTokens().clear();
    core.consents().clear();
    contexts.clear();
  }

  public String tenantId() {
    return core.directory().tenantId();
  }

  public IdentitySettings settings() {
    return core.settings();
  }

  public void registerApplication(RegisteredApplication application) {
    core.applications().register(application);
  }

  /** An administrator grants the application its application permissions in this tenant. */
  public void grantAdminConsent(String clientId) {
    core.applications().grantAdminConsent(clientId);
  }

  public void revokeAdminConsent(String clientId) {
    core.applications().revokeAdminConsent(clientId);
  }

  /** Sets a new password; every grant the user gave before now fails with AADSTS50173. */
  public void resetPassword(String upn, String newPassword) {
    core.directory().resetPassword(upn, newPassword, core.now());
  }

  /** Revokes the user's sessions and refresh tokens (AADSTS50173), keeping the password. */
  public void revokeSessions(String upn) {
    core.directory().revokeSessions(upn, core.now());
  }

  /** The user withdraws consent from the application; its refresh tokens fail with AADSTS65001. */
  public void revokeConsent(String upn, String clientId) {
    core.consents().revoke(upn, clientId);
  }

  @Override
  public VerifiedToken verify(String bearerToken) throws InvalidTokenException {
    JsonObject claims = core.signer().verify(bearerToken);
    String tenantId = text(claims, "tid");
    if (tenantId == null || !tenantId.equals(core.directory().tenantId())) {
      throw new InvalidTokenException("The token was issued for another tenant");
    }
    if (!("https://sts.windows.net/" + tenantId + "/").equals(text(claims, "iss"))) {
      throw new InvalidTokenException("The token's issuer is not the tenant's");
    }
    String audience = text(claims, "aud");
    if (!core.settings().resource().equals(audience)) {
      throw new InvalidTokenException("The token's audience is invalid: " + audience);
    }
    Instant now = core.now();
    Instant expiresAt = Instant.ofEpochSecond(number(claims, "exp"));
    if (!now.minus(CLOCK_SKEW).isBefore(expiresAt)) {
      throw new InvalidTokenException("The token is expired");
    }
    if (Instant.ofEpochSecond(number(claims, "nbf")).isAfter(now.plus(CLOCK_SKEW))) {
      throw new InvalidTokenException("The token is not yet valid");
    }
    return new VerifiedToken(
        tenantId,
        text(claims, "appid"),
        text(claims, "oid"),
        text(claims, "upn"),
        audience,
        words(text(claims, "scp")),
        claims.containsKey("roles")
            ? claims.getJsonArray("roles").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .collect(Collectors.toSet())
            : Set.of(),
        expiresAt);
  }

  private static String text(JsonObject claims, String name) {
    JsonValue value = claims.get(name);
    return value instanceof JsonString s ? s.getString() : null;
  }

  private static long number(JsonObject claims, String name) throws InvalidTokenException {
    JsonValue value = claims.get(name);
    if (value instanceof JsonNumber n) {
      return n.longValue();
    }
    throw new InvalidTokenException("The token has no " + name + " claim");
  }

  private static Set<String> words(String text) {
    return text == null || text.isBlank()
        ? Set.of()
        : Arrays.stream(text.trim().split("\\s+")).collect(Collectors.toSet());
  }
}
