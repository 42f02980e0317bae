package org.exsync.sandbox.ews.store;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** All mailboxes of the simulated organisation, by primary SMTP address (case-insensitive). */
public final class MailboxDirectory {

  private final Map<String, Mailbox> mailboxes = new ConcurrentHashMap<>();
  private final Clock clock;

  public MailboxDirectory(Clock clock) {
    this.clock = clock;
  }

  public Optional<Mailbox> find(String smtp) {
    return smtp == null ? Optional.empty() : Optional.ofNullable(mailboxes.get(key(smtp)));
  }

  /** Adds an empty mailbox, or returns the existing one. */
  public Mailbox add(String smtp, String displayName, ZoneId zone) {
    return mailboxes.computeIfAbsent(key(smtp), k -> new Mailbox(smtp, displayName, zone, clock));
  }

  public Collection<Mailbox> all() {
    return mailboxes.values();
  }

  public void clear() {
    mailboxes.clear();
  }

  private static String key(String smtp) {
    return smtp.toLowerCase(Locale.ROOT);
  }
}
