package org.exsync.sandbox.identity;

import java.time.Duration;

/**
 * What the simulated tenant's token policy says. The defaults are Microsoft's: access tokens live a
 * random 60 to 90 minutes, refresh tokens expire after 90 days without use, authorization codes
 * after 10 minutes.
 *
 * @param resource the resource (audience) access tokens are issued for
 * @param accessTokenMin the shortest access token lifetime
 * @param accessTokenMax the longest access token lifetime
 * @param idTokenLifetime how long an id token is valid
 * @param authorizationCodeLifetime how long an authorization code may be redeemed
 * @param refreshTokenInactivity how long a refresh token stays usable after it was issued
 */
public record IdentitySettings(
    String resource,
    Duration accessTokenMin,
    Duration accessTokenMax,
    Duration idTokenLifetime,
    Duration authorizationCodeLifetime,
    Duration refreshTokenInactivity) {

  public static final String EXCHANGE_ONLINE = "https://outlook.office365.com";

  public IdentitySettings {
    if (resource == null || resource.isBlank() || resource.endsWith("/")) {
      throw new IllegalArgumentException(
          "The resource must be an application id URI without a trailing slash, was " + resource);
    }
    if (accessTokenMin.isNegative() || accessTokenMax.compareTo(accessTokenMin) < 0) {
      throw new IllegalArgumentException(
          "Access token lifetimes must satisfy 0 <= min <= max, were "
              + accessTokenMin
              + " and "
              + accessTokenMax);
    }
  }

  public static IdentitySettings defaults() {
    return new IdentitySettings(
        EXCHANGE_ONLINE,
        Duration.ofMinutes(60),
        Duration.ofMinutes(90),
        Duration.ofHours(1),
        Duration.ofMinutes(10),
        Duration.ofDays(90));
  }

  /** These settings with every access token living exactly this long. */
  public IdentitySettings withAccessTokenLifetime(Duration lifetime) {
    return new IdentitySettings(
        resource,
        lifetime,
        lifetime,
        idTokenLifetime,
        authorizationCodeLifetime,
        refreshTokenInactivity);
  }

  public IdentitySettings withResource(String resource) {
    return new IdentitySettings(
        resource,
        accessTokenMin,
        accessTokenMax,
        idTokenLifetime,
        authorizationCodeLifetime,
        refreshTokenInactivity);
  }
}
