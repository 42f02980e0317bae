package org.exsync.sandbox.superoffice.auth;

import java.time.Clock;
import java.time.Duration;
import org.exsync.sandbox.http.SimResponse;
import org.exsync.sandbox.superoffice.odata.WireDates;
import org.exsync.sandbox.superoffice.rest.Errors;
import org.exsync.sandbox.superoffice.rest.Json;

/**
 * {@code GET /api/state/{contextIdentifier}}: where a tenant lives now. SuperOffice moves tenants
 * between servers, so a client reads {@code Api} here instead of keeping a URL.
 */
public final class TenantStatusEndpoint {

  private final Clock clock;
  private final String contextIdentifier;

  public TenantStatusEndpoint(Clock clock, String contextIdentifier) {
    this.clock = clock;
    this.contextIdentifier = contextIdentifier;
  }

  public SimResponse handle(String requested, String tenantEndpoint) {
    if (!contextIdentifier.equalsIgnoreCase(requested)) {
      return Errors.response(404, "NotFound", "Unknown tenant " + requested, "State");
    }
    return Json.ok(
        jakarta.json.Json.createObjectBuilder()
            .add("ContextIdentifier", contextIdentifier)
            .add("Endpoint", tenantEndpoint)
            .add("State", "Running")
            .add("IsRunning", true)
            .add(
                "ValidUntil",
                WireDates.format(
                        clock.instant().plus(Duration.ofMinutes(15)), java.time.ZoneOffset.UTC)
                    + "Z")
            .add("Api", tenantEndpoint + "/api")
            .build());
  }
}
