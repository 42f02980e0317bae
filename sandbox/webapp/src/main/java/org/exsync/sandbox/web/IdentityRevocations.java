package org.exsync.sandbox.web;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import org.exsync.sandbox.DemoTenant;
import org.exsync.sandbox.http.SimHandler;
import org.exsync.sandbox.http.SimRequest;
import org.exsync.sandbox.http.SimResponse;
import org.exsync.sandbox.identity.IdentitySimulator;

/**
 * {@code POST /control/identity/revocations} with {@code {"upn": "...", "what": "sessions"}}: what
 * an Entra administrator or the user does to withdraw a consent, for black-box tests of the
 * deployed sandbox. {@code sessions} revokes the user's sign-in sessions (AADSTS50173 afterwards),
 * {@code consent} withdraws the user's consent to Exsync (AADSTS65001), {@code password} resets the
 * password to the one given as {@code password} (AADSTS50173).
 */
final class IdentityRevocations implements SimHandler {

  private static final String JSON = "application/json; charset=utf-8";

  private final IdentitySimulator identity;

  IdentityRevocations(IdentitySimulator identity) {
    this.identity = identity;
  }

  @Override
  public SimResponse handle(SimRequest request) {
    if (!request.method().equals("POST")) {
      return problem(405, "Only POST is allowed on the revocations resource");
    }
    try (JsonReader reader = Json.createReader(new StringReader(request.bodyText()))) {
      JsonObject body = reader.readObject();
      String upn = body.getString("upn", "");
      String what = body.getString("what", "");
      switch (what) {
        case "sessions" -> identity.revokeSessions(upn);
        case "consent" -> identity.revokeConsent(upn, DemoTenant.CLIENT_ID);
        case "password" -> identity.resetPassword(upn, body.getString("password", ""));
        default ->
            throw new IllegalArgumentException(
                "what must be sessions, consent or password, was '" + what + "'");
      }
      return SimResponse.empty(204);
    } catch (JsonException | ClassCastException e) {
      return problem(400, "The body must be a JSON object with upn and what: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      return problem(400, e.getMessage());
    }
  }

  private static SimResponse problem(int status, String message) {
    return SimResponse.of(
        status, JSON, Json.createObjectBuilder().add("error", message).build().toString());
  }
}
