package org.exsync.infrastructure.oauth;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;

/**
 * Checks the id token of a code redemption: issuer, audience, nonce, expiry and tenant. The token
 * came straight from the token endpoint over a verified TLS connection, so, as OpenID Connect Core
 * 3.1.3.7 allows, that connection stands in for the signature.
 */
final class IdTokenCheck {

  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private IdTokenCheck() {}

  static SignedInUser check(
      String idToken, EntraRegistration registration, String expectedNonce, Instant now) {
    JsonObject claims = claims(idToken);
    String tenant = text(claims, "tid");
    if (tenant == null || !text(claims, "iss", "").equals(expectedIssuer(registration, tenant))) {
      throw refused(
          "its issuer '" + text(claims, "iss", "") + "' is not the configured authority's");
    }
    if (!audienceIs(claims, registration.clientId())) {
      throw refused("it was issued for another application");
    }
    String nonce = text(claims, "nonce");
    if (nonce == null
        || !MessageDigest.isEqual(
            nonce.getBytes(StandardCharsets.UTF_8),
            expectedNonce.getBytes(StandardCharsets.UTF_8))) {
      throw refused("its nonce does not match this sign-in (a replayed or foreign token)");
    }
    JsonValue exp = claims.get("exp");
    if (!(exp instanceof jakarta.json.JsonNumber number)
        || !now.minus(CLOCK_SKEW).isBefore(Instant.ofEpochSecond(number.longValue()))) {
      throw refused("it has expired");
    }
    if (!registration.acceptsAnyTenant() && !tenant.equalsIgnoreCase(registration.tenantId())) {
      throw new SignInException(SignInProblem.WRONG_TENANT, "account of tenant " + tenant);
    }
    String upn = text(claims, "preferred_username", text(claims, "upn", text(claims, "email")));
    String objectId = text(claims, "oid");
    if (upn == null || objectId == null) {
      throw refused("it names no account (preferred_username and oid are required)");
    }
    return new SignedInUser(
        tenant, objectId, upn.toLowerCase(Locale.ROOT), text(claims, "name", upn));
  }

  /** For an OpenID issuer the authority itself; for Entra the tenant's v2.0 issuer. */
  private static String expectedIssuer(EntraRegistration registration, String tenant) {
    String authority = registration.authority().toString().replaceAll("/+$", "");
    if (registration.isOidcIssuer()) {
      return authority;
    }
    java.net.URI uri = registration.authority();
    return uri.getScheme() + "://" + uri.getAuthority() + "/" + tenant + "/v2.0";
  }

  private static boolean audienceIs(JsonObject claims, String clientId) {
    JsonValue aud = claims.get("aud");
    if (aud instanceof JsonString s) {
      return s.getString().equals(clientId);
    }
    return aud instanceof jakarta.json.JsonArray array
        && array.size() == 1
        && array.getString(0, "").equals(clientId);
  }

  private static JsonObject claims(String idToken) {
    String[] parts = idToken == null ? new String[0] : idToken.split("\\.");
    if (parts.length != 3) {
      throw refused("it is not a JWT");
    }
    try (JsonReader reader =
        Json.createReader(
            new StringReader(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)))) {
      return reader.readObject();
    } catch (IllegalArgumentException | JsonException e) {
      throw refused("its claims are not readable JSON");
    }
  }

  private static String text(JsonObject claims, String name) {
    return text(claims, name, null);
  }

  private static String text(JsonObject claims, String name, String fallback) {
    JsonValue value = claims.get(name);
    return value instanceof JsonString s && !s.getString().isBlank() ? s.getString() : fallback;
  }

  private static SignInException refused(String why) {
    return new SignInException(SignInProblem.INVALID_RESPONSE, "The id token was refused: " + why);
  }
}
