package org.exsync.infrastructure.superoffice.http;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.Outcome;
import org.exsync.infrastructure.superoffice.SuperOfficeEndpoint;

/**
 * Where the tenant's {@code /api/v1/} is now. On-site it is the configured URL. Online it is the
 * {@code Api} of the tenant status ({@code /api/state/{contextIdentifier}} at the environment),
 * kept until the status's {@code ValidUntil}: SuperOffice moves tenants between servers.
 */
public final class ApiLocator {

  /** How long a status without a readable ValidUntil is trusted. */
  private static final Duration DEFAULT_VALIDITY = Duration.ofMinutes(15);

  private final SuperOfficeEndpoint endpoint;
  private final HttpTransport transport;
  private final Clock clock;
  private volatile Located located;

  private record Located(URI root, Instant validUntil) {}

  public ApiLocator(SuperOfficeEndpoint endpoint, HttpTransport transport, Clock clock) {
    this.endpoint = endpoint;
    this.transport = transport;
    this.clock = clock;
  }

  /** The login service's URL for an Online tenant. */
  public static URI loginOf(SuperOfficeEndpoint.Online online) {
    return resolve(online.environment(), "Login/api/PartnerSystemUser/Authenticate");
  }

  /** The absolute URL of {@code /api/v1/}, ending in a slash. */
  public Outcome<URI> root() {
    if (endpoint instanceof SuperOfficeEndpoint.OnSite onSite) {
      return Outcome.done(resolve(onSite.api(), "v1/"));
    }
    SuperOfficeEndpoint.Online online = (SuperOfficeEndpoint.Online) endpoint;
    Located known = located;
    if (known != null && clock.instant().isBefore(known.validUntil())) {
      return Outcome.done(known.root());
    }
    URI status = resolve(online.environment(), "api/state/" + online.contextIdentifier());
    return transport
        .exchange("GET", status, Map.of(), null, "The SuperOffice tenant status")
        .then(reply -> readStatus(reply, online));
  }

  private Outcome<URI> readStatus(Reply reply, SuperOfficeEndpoint.Online online) {
    if (reply.status() == 404) {
      return Outcome.failed(
          Failure.rejected(
              "SuperOffice Online knows no tenant "
                  + online.contextIdentifier()
                  + "; check the context identifier in the SuperOffice settings"));
    }
    if (reply.status() != 200) {
      return Outcome.failed(
          Failure.transientFailure(
              "The SuperOffice tenant status answered HTTP " + reply.status()));
    }
    return reply
        .json()
        .then(
            status -> {
              if (!status.getBoolean("IsRunning", false)) {
                return Outcome.failed(
                    Failure.transientFailure(
                        "SuperOffice tenant "
                            + online.contextIdentifier()
                            + " is not running now (state "
                            + status.getString("State", "unknown")
                            + ")"));
              }
              String api = status.getString("Api", "");
              if (api.isEmpty()) {
                return Outcome.failed(
                    Failure.transientFailure("The SuperOffice tenant status names no Api URL"));
              }
              URI root = resolve(URI.create(api), "v1/");
              located = new Located(root, validUntil(status.getString("ValidUntil", "")));
              return Outcome.done(root);
            });
  }

  private Instant validUntil(String text) {
    try {
      String local = text.endsWith("Z") ? text.substring(0, text.length() - 1) : text;
      return LocalDateTime.parse(local).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return clock.instant().plus(DEFAULT_VALIDITY);
    }
  }

  private static URI resolve(URI base, String relative) {
    String text = base.toString();
    return URI.create((text.endsWith("/") ? text : text + "/") + relative);
  }
}
