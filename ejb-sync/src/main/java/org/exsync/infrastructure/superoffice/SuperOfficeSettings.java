package org.exsync.infrastructure.superoffice;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach one SuperOffice tenant. A plain record: the admin pages will keep these settings in
 * the database later, and the secrets in Payara password aliases.
 *
 * @param endpoint Online tenant or on-site installation
 * @param credentials how to sign in
 * @param callsPerSecond the most calls a second this tenant gets (SuperOffice allows custom
 *     applications 10)
 * @param baseZone the tenant's base time zone when an admin states it; empty to ask the Web API
 * @param connectTimeout how long a connection may take
 * @param readTimeout how long an answer may take
 * @param longestWait the longest back-off the adapter waits out itself before it hands THROTTLED
 *     back to the caller
 */
public record SuperOfficeSettings(
    SuperOfficeEndpoint endpoint,
    SuperOfficeCredentials credentials,
    int callsPerSecond,
    Optional<ZoneId> baseZone,
    Duration connectTimeout,
    Duration readTimeout,
    Duration longestWait) {

  /** SuperOffice's limit for custom applications. */
  public static final int DEFAULT_CALLS_PER_SECOND = 10;

  public SuperOfficeSettings {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(baseZone, "baseZone");
    if (callsPerSecond < 1) {
      throw new IllegalArgumentException(
          "callsPerSecond must be at least 1, got " + callsPerSecond);
    }
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(readTimeout, "readTimeout");
    Objects.requireNonNull(longestWait, "longestWait");
    if (endpoint instanceof SuperOfficeEndpoint.Online
        && !(credentials instanceof SuperOfficeCredentials.SystemUser)) {
      throw new IllegalArgumentException(
          "SuperOffice Online is reached as a system user; configure the system user token");
    }
  }

  /** The defaults: 10 calls a second, the base zone from the Web API, 10 s and 60 s timeouts. */
  public static SuperOfficeSettings of(
      SuperOfficeEndpoint endpoint, SuperOfficeCredentials credentials) {
    return new SuperOfficeSettings(
        endpoint,
        credentials,
        DEFAULT_CALLS_PER_SECOND,
        Optional.empty(),
        Duration.ofSeconds(10),
        Duration.ofSeconds(60),
        Duration.ofSeconds(30));
  }

  public SuperOfficeSettings withCallsPerSecond(int perSecond) {
    return new SuperOfficeSettings(
        endpoint, credentials, perSecond, baseZone, connectTimeout, readTimeout, longestWait);
  }

  public SuperOfficeSettings withBaseZone(ZoneId zone) {
    return new SuperOfficeSettings(
        endpoint,
        credentials,
        callsPerSecond,
        Optional.of(zone),
        connectTimeout,
        readTimeout,
        longestWait);
  }

  public SuperOfficeSettings withTimeouts(Duration connect, Duration read) {
    return new SuperOfficeSettings(
        endpoint, credentials, callsPerSecond, baseZone, connect, read, longestWait);
  }

  public SuperOfficeSettings withLongestWait(Duration wait) {
    return new SuperOfficeSettings(
        endpoint, credentials, callsPerSecond, baseZone, connectTimeout, readTimeout, wait);
  }

  private static void requirePositive(Duration value, String name) {
    if (value == null || value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }
}
