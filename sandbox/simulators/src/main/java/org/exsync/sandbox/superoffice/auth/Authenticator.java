package org.exsync.sandbox.superoffice.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.exsync.sandbox.http.SimRequest;
import org.exsync.sandbox.superoffice.store.Associate;
import org.exsync.sandbox.superoffice.store.CrmStore;

/**
 * Checks the {@code Authorization} header of a Web API call: {@code SOTicket <ticket>} with the
 * application's {@code SO-AppToken} (Online system user), or {@code Basic} with an associate's user
 * name and password (on-site). Anything else fails.
 */
public final class Authenticator {

  private final CrmStore store;
  private final Tickets tickets;

  public Authenticator(CrmStore store, Tickets tickets) {
    this.store = store;
    this.tickets = tickets;
  }

  public Caller authenticate(SimRequest request) {
    String authorization =
        request
            .header("Authorization")
            .orElseThrow(() -> new AuthFailure("No Authorization header"));
    int space = authorization.indexOf(' ');
    String scheme = space < 0 ? authorization : authorization.substring(0, space);
    String credentials = space < 0 ? "" : authorization.substring(space + 1).trim();
    return switch (scheme.toLowerCase(Locale.ROOT)) {
      case "soticket" -> ticket(credentials, request.header("SO-AppToken").orElse(""));
      case "basic" -> basic(credentials);
      default -> throw new AuthFailure("Authorization scheme " + scheme + " is not accepted");
    };
  }

  private Caller ticket(String value, String appToken) {
    Ticket ticket =
        tickets.valid(value).orElseThrow(() -> new AuthFailure("The ticket is unknown or expired"));
    if (appToken.isEmpty() || !appToken.equals(ticket.applicationToken())) {
      throw new AuthFailure("SO-AppToken is missing or does not belong to the ticket");
    }
    Associate associate =
        store
            .associate(ticket.associateId())
            .orElseThrow(() -> new AuthFailure("The ticket's associate no longer exists"));
    return new Caller(associate, "app:" + appToken);
  }

  private Caller basic(String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new AuthFailure("Basic credentials are not base64");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      throw new AuthFailure("Basic credentials are not user:password");
    }
    String userName = decoded.substring(0, colon);
    String password = decoded.substring(colon + 1);
    Associate associate =
        store
            .associateByUserName(userName)
            .filter(Associate::canLogIn)
            .filter(a -> a.password().equals(password))
            .orElseThrow(() -> new AuthFailure("Unknown user name or wrong password"));
    return new Caller(associate, "user:" + associate.userName().toUpperCase(Locale.ROOT));
  }
}
