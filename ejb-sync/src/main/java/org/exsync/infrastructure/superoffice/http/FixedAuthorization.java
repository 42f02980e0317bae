package org.exsync.infrastructure.superoffice.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.exsync.engine.port.Outcome;
import org.exsync.infrastructure.superoffice.SuperOfficeCredentials;

/**
 * On-site credentials that never change under Exsync: Basic, or a ticket issued by an admin. A 401
 * cannot be cured by renewing them.
 */
public final class FixedAuthorization implements Authorization {

  private final Map<String, String> headers;

  private FixedAuthorization(Map<String, String> headers) {
    this.headers = Map.copyOf(headers);
  }

  public static FixedAuthorization basic(SuperOfficeCredentials.Basic basic) {
    String pair = basic.userName() + ":" + basic.password();
    return new FixedAuthorization(
        Map.of(
            "Authorization",
            "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8))));
  }

  public static FixedAuthorization ticket(SuperOfficeCredentials.Ticket ticket) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Authorization", "SOTicket " + ticket.ticket());
    if (!ticket.applicationToken().isEmpty()) {
      headers.put("SO-AppToken", ticket.applicationToken());
    }
    return new FixedAuthorization(headers);
  }

  @Override
  public Outcome<Map<String, String>> headers() {
    return Outcome.done(headers);
  }

  @Override
  public boolean renew(Map<String, String> rejected) {
    return false;
  }

  @Override
  public String toString() {
    return "FixedAuthorization[***]";
  }
}
