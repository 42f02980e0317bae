package org.exsync.infrastructure.superoffice.http;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.Outcome;
import org.exsync.infrastructure.superoffice.SuperOfficeCredentials;

/**
 * SuperOffice Online's system user: a signed system user token is exchanged at the login service
 * ({@code PartnerSystemUser/Authenticate}) for a ticket, which is kept and sent with the
 * application token until a call is refused with 401; then one thread gets a new one. A ticket
 * lasts six hours.
 */
public final class SystemUserAuthorization implements Authorization {

  private static final String TICKET_CLAIM = "http://schemes.superoffice.net/identity/ticket";

  private final HttpTransport transport;
  private final URI login;
  private final String contextIdentifier;
  private final SuperOfficeCredentials.SystemUser credentials;
  private final SignedSystemToken signer;
  private final Clock clock;
  private volatile Map<String, String> current;

  /**
   * @param login the login service's {@code PartnerSystemUser/Authenticate} URL
   */
  public SystemUserAuthorization(
      HttpTransport transport,
      URI login,
      String contextIdentifier,
      SuperOfficeCredentials.SystemUser credentials,
      Clock clock) {
    this.transport = transport;
    this.login = login;
    this.contextIdentifier = contextIdentifier;
    this.credentials = credentials;
    this.signer = new SignedSystemToken(credentials.privateKeyPem());
    this.clock = clock;
  }

  @Override
  public Outcome<Map<String, String>> headers() {
    Map<String, String> known = current;
    return known != null ? Outcome.done(known) : authenticate(null);
  }

  @Override
  public boolean renew(Map<String, String> rejected) {
    return authenticate(rejected).isDone();
  }

  /** Gets a ticket unless another thread replaced the rejected one in the meantime. */
  private synchronized Outcome<Map<String, String>> authenticate(Map<String, String> rejected) {
    Map<String, String> known = current;
    if (known != null && !known.equals(rejected)) {
      return Outcome.done(known);
    }
    current = null;
    String request =
        Json.createObjectBuilder()
            .add("SignedSystemToken", signer.sign(credentials.systemUserToken(), clock.instant()))
            .add("ApplicationToken", credentials.applicationToken())
            .add("ContextIdentifier", contextIdentifier)
            .add("ReturnTokenType", "JWT")
            .build()
            .toString();
    return transport
        .exchange("POST", login, Map.of(), request, "The SuperOffice login service")
        .then(this::ticketOf)
        .map(
            ticket -> {
              Map<String, String> headers =
                  Map.of(
                      "Authorization",
                      "SOTicket " + ticket,
                      "SO-AppToken",
                      credentials.applicationToken());
              current = headers;
              return headers;
            });
  }

  private Outcome<String> ticketOf(Reply reply) {
    if (reply.status() >= 500) {
      return Outcome.failed(
          Failure.transientFailure(
              "The SuperOffice login service answered HTTP " + reply.status()));
    }
    return reply
        .json()
        .then(
            answer -> {
              if (!answer.getBoolean("IsSuccessful", false)) {
                return Outcome.failed(
                    Failure.needsReauthentication(
                        "The SuperOffice login service refused the system user of "
                            + contextIdentifier
                            + ": "
                            + answer.getString("ErrorMessage", "no reason given")
                            + ". Check the system user token, the application token and the key"));
              }
              return claim(answer.getString("Token", ""));
            });
  }

  /** The ticket claim of the JWT the login service answers with. */
  private Outcome<String> claim(String jwt) {
    String[] parts = jwt.split("\\.");
    if (parts.length < 2) {
      return Outcome.failed(
          Failure.transientFailure("The SuperOffice login service answered without a token"));
    }
    try (JsonReader reader =
        Json.createReader(
            new StringReader(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)))) {
      JsonObject claims = reader.readObject();
      String ticket = claims.getString(TICKET_CLAIM, "");
      return ticket.isEmpty()
          ? Outcome.failed(
              Failure.transientFailure("The SuperOffice login token carries no ticket"))
          : Outcome.done(ticket);
    } catch (RuntimeException e) {
      return Outcome.failed(Failure.transientFailure("The SuperOffice login token cannot be read"));
    }
  }

  @Override
  public String toString() {
    return "SystemUserAuthorization[" + contextIdentifier + "]";
  }
}
