package org.exsync.sandbox.superoffice.auth;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import org.exsync.sandbox.http.SimRequest;
import org.exsync.sandbox.http.SimResponse;
import org.exsync.sandbox.superoffice.rest.ApiError;
import org.exsync.sandbox.superoffice.rest.Json;

/**
 * {@code POST /Login/api/PartnerSystemUser/Authenticate}: exchanges a signed system user token for
 * a ticket. The answer is {@code {"IsSuccessful", "ErrorMessage", "Token"}}, the token a JWT whose
 * {@code http://schemes.superoffice.net/identity/ticket} claim holds the ticket.
 */
public final class PartnerSystemUserEndpoint {

  private static final String CLAIMS = "http://schemes.superoffice.net/identity/";

  private final PartnerApps apps;
  private final Tickets tickets;
  private final JwtSigner signer;
  private final Clock clock;
  private final String contextIdentifier;
  private final int systemUserId;

  public PartnerSystemUserEndpoint(
      PartnerApps apps,
      Tickets tickets,
      JwtSigner signer,
      Clock clock,
      String contextIdentifier,
      int systemUserId) {
    this.apps = apps;
    this.tickets = tickets;
    this.signer = signer;
    this.clock = clock;
    this.contextIdentifier = contextIdentifier;
    this.systemUserId = systemUserId;
  }

  /**
   * @param tenantEndpoint the tenant's root URL for the request's base URL
   */
  public SimResponse handle(SimRequest request, Function<SimRequest, String> tenantEndpoint) {
    if (!request.method().equals("POST")) {
      return SimResponse.empty(405);
    }
    JsonObject in;
    try {
      in = Json.readObject(request.bodyText());
    } catch (ApiError e) {
      return answer(false, e.getMessage(), null);
    }
    try {
      String appToken = Json.string(in, "ApplicationToken").orElse("");
      PartnerApps.App app =
          apps.byApplicationToken(appToken)
              .orElseThrow(() -> new AuthFailure("Unknown ApplicationToken"));
      if (!contextIdentifier.equalsIgnoreCase(Json.string(in, "ContextIdentifier").orElse(""))) {
        throw new AuthFailure("Unknown ContextIdentifier");
      }
      Instant now = clock.instant();
      SignedSystemToken.verify(
          Json.string(in, "SignedSystemToken").orElse(""),
          app.systemUserToken(),
          app.publicKey(),
          now);
      Ticket ticket = tickets.issue(systemUserId, appToken);
      String endpoint = tenantEndpoint.apply(request);
      JsonObject claims =
          jakarta.json.Json.createObjectBuilder()
              .add(CLAIMS + "ticket", ticket.value())
              .add(CLAIMS + "ctx", contextIdentifier)
              .add(CLAIMS + "netserver_url", endpoint + "/Remote/Services88/")
              .add(CLAIMS + "webapi_url", endpoint + "/api/")
              .add(CLAIMS + "associateid", systemUserId)
              .add("iss", "https://sod.superoffice.com")
              .add("iat", now.getEpochSecond())
              .add("nbf", now.getEpochSecond())
              .add("exp", ticket.expires().getEpochSecond())
              .build();
      return answer(true, "", signer.sign(claims));
    } catch (AuthFailure | ApiError e) {
      return answer(false, e.getMessage(), null);
    }
  }

  /** Whether the last answer was a refusal is visible in IsSuccessful; the status is always 200. */
  private static SimResponse answer(boolean ok, String error, String token) {
    JsonObject body =
        jakarta.json.Json.createObjectBuilder()
            .add("IsSuccessful", ok)
            .add("ErrorMessage", error)
            .add("Token", token == null ? JsonValue.NULL : jakarta.json.Json.createValue(token))
            .build();
    return Json.ok(body);
  }
}
