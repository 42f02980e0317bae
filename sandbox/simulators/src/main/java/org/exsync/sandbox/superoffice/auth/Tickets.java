package org.exsync.sandbox.superoffice.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The tickets issued so far; they expire after a lifetime (6 hours on SuperOffice Online). */
public final class Tickets {

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Ticket> issued = new ConcurrentHashMap<>();
  private final Clock clock;
  private volatile Duration lifetime = Duration.ofHours(6);

  public Tickets(Clock clock) {
    this.clock = clock;
  }

  public void lifetime(Duration lifetime) {
    this.lifetime = lifetime;
  }

  public Ticket issue(int associateId, String applicationToken) {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String value = "7T:" + Base64.getEncoder().encodeToString(bytes);
    Ticket ticket =
        new Ticket(value, associateId, applicationToken, clock.instant().plus(lifetime));
    issued.put(value, ticket);
    return ticket;
  }

  /** The ticket, if it was issued and has not expired. */
  public Optional<Ticket> valid(String value) {
    Ticket ticket = issued.get(value);
    if (ticket == null || !clock.instant().isBefore(ticket.expires())) {
      return Optional.empty();
    }
    return Optional.of(ticket);
  }

  public void clear() {
    issued.clear();
  }
}
