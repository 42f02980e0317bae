package org.exsync.sandbox.identity;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.exsync.sandbox.data.SeedUser;

/**
 * Makes the tokens Microsoft issues. Id tokens are v2.0 ({@code iss} {@code <base>/<tid>/v2.0}).
 * Access tokens for Exchange Online are v1.0, as Microsoft issues them for that resource whatever
 * endpoint was used: {@code iss} {@code https://sts.windows.net/<tid>/}, {@code appid}, {@code
 * upn}, {@code scp} for a user, {@code roles} for an application.
 */
final class TokenMinter {

  /** Microsoft Graph's application id: the audience when only OpenID scopes are asked for. */
  static final String GRAPH = "00000003-0000-0000-c000-000000000000";

  private final JwtSigner signer;
  private final IdentitySettings settings;

  TokenMinter(JwtSigner signer, IdentitySettings settings) {
    this.signer = signer;
    this.settings = settings;
  }

  /** An access token that acts for a user. */
  Minted delegatedAccessToken(
      DelegatedGrant grant, SeedUser user, RegisteredApplication app, Instant now) {
    Duration lifetime = accessTokenLifetime();
    boolean toResource = !grant.permissions().isEmpty();
    String scp =
        toResource ? String.join(" ", new TreeSet<>(grant.permissions())) : "openid profile email";
    JsonObjectBuilder claims =
        v1Claims(toResource ? settings.resource() : GRAPH, grant.tenantId(), app, now, lifetime)
            .add("acr", "1")
            .add("amr", Jsons.BUILDERS.createArrayBuilder().add("pwd"))
            .add("family_name", user.lastName())
            .add("given_name", user.firstName())
            .add("name", user.fullName())
            .add("oid", user.objectId())
            .add("scp", scp)
            .add("sub", pairwise(user.objectId(), app.clientId()))
            .add("unique_name", user.email())
            .add("upn", user.email());
    String scope =
        toResource
            ? grant.permissions().stream()
                .sorted()
                .map(p -> settings.resource() + "/" + p)
                .collect(Collectors.joining(" "))
            : scp;
    return new Minted(signer.sign(claims.build()), lifetime, scope);
  }

  /** An access token for the application itself; {@code roles} only when some were granted. */
  Minted appOnlyAccessToken(
      RegisteredApplication app, String tenantId, Set<String> roles, Instant now) {
    Duration lifetime = accessTokenLifetime();
    String servicePrincipal = servicePrincipalId(tenantId, app.clientId());
    JsonObjectBuilder claims =
        v1Claims(settings.resource(), tenantId, app, now, lifetime)
            .add("idp", "https://sts.windows.net/" + tenantId + "/")
            .add("oid", servicePrincipal)
            .add("sub", servicePrincipal);
    if (!roles.isEmpty()) {
      JsonArrayBuilder array = Jsons.BUILDERS.createArrayBuilder();
      new TreeSet<>(roles).forEach(array::add);
      claims.add("roles", array);
    }
    return new Minted(signer.sign(claims.build()), lifetime, settings.resource() + "/.default");
  }

  /** A v2.0 id token for the application that signed the user in. */
  String idToken(
      DelegatedGrant grant,
      SeedUser user,
      String clientId,
      String nonce,
      String base,
      Instant now) {
    long iat = now.getEpochSecond();
    JsonObjectBuilder claims =
        Jsons.BUILDERS
            .createObjectBuilder()
            .add("aud", clientId)
            .add("iss", base + "/" + grant.tenantId() + "/v2.0")
            .add("iat", iat)
            .add("nbf", iat)
            .add("exp", iat + settings.idTokenLifetime().toSeconds())
            .add("auth_time", grant.authTime().getEpochSecond())
            .add("oid", user.objectId())
            .add("rh", "0.A" + OpaqueTokens.next(12))
            .add("sub", pairwise(user.objectId(), clientId))
            .add("tid", grant.tenantId())
            .add("uti", OpaqueTokens.next(16))
            .add("ver", "2.0");
    if (grant.oidc().contains("profile")) {
      claims.add("name", user.fullName()).add("preferred_username", user.email());
    }
    if (grant.oidc().contains("email")) {
      claims.add("email", user.email());
    }
    if (nonce != null) {
      claims.add("nonce", nonce);
    }
    return signer.sign(claims.build());
  }

  /** Microsoft's {@code client_info}: base64url of {@code {"uid": oid, "utid": tid}}. */
  static String clientInfo(String objectId, String tenantId) {
    JsonObject info =
        Jsons.BUILDERS.createObjectBuilder().add("uid", objectId).add("utid", tenantId).build();
    return JwtSigner.encode(info.toString());
  }

  /** The object id of an application's service principal in a tenant; stable across runs. */
  static String servicePrincipalId(String tenantId, String clientId) {
    return UUID.nameUUIDFromBytes(
            ("sp " + tenantId + " " + clientId).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  private JsonObjectBuilder v1Claims(
      String audience, String tenantId, RegisteredApplication app, Instant now, Duration lifetime) {
    long iat = now.getEpochSecond();
    return Jsons.BUILDERS
        .createObjectBuilder()
        .add("aud", audience)
        .add("iss", "https://sts.windows.net/" + tenantId + "/")
        .add("iat", iat)
        .add("nbf", iat)
        .add("exp", iat + lifetime.toSeconds())
        .add("aio", OpaqueTokens.next(24))
        .add("app_displayname", app.displayName())
        .add("appid", app.clientId())
        .add("appidacr", "1")
        .add("rh", "0.A" + OpaqueTokens.next(12))
        .add("tid", tenantId)
        .add("uti", OpaqueTokens.next(16))
        .add("ver", "1.0");
  }

  private Duration accessTokenLifetime() {
    long min = settings.accessTokenMin().toSeconds();
    long max = settings.accessTokenMax().toSeconds();
    return Duration.ofSeconds(
        min == max ? min : ThreadLocalRandom.current().nextLong(min, max + 1));
  }

  /** Microsoft's {@code sub} differs per application, so two apps cannot correlate a user by it. */
  private static String pairwise(String objectId, String clientId) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((objectId + " " + clientId).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK lacks SHA-256", e);
    }
  }

  /** A signed access token, how long it lives and the {@code scope} the response reports. */
  record Minted(String token, Duration lifetime, String scope) {}
}
