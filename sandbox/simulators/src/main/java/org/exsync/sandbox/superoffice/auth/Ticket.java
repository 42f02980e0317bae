package org.exsync.sandbox.superoffice.auth;

import java.time.Instant;

/**
 * A credential handed out for a signed system user token.
 *
 * @param value what the client sends after {@code SOTicket}
 * @param associateId the associate the ticket acts as (the system user)
 * @param applicationToken the application secret it was issued to, which must come with it
 * @param expires when it stops working
 */
public record Ticket(String value, int associateId, String applicationToken, Instant expires) {

  @Override
  public String toString() {
    return "Ticket[associate " + associateId + ", expires " + expires + "]";
  }
}
