package org.exsync.engine;

import java.time.Clock;
import java.util.Objects;
import org.exsync.engine.port.CrmGateway;
import org.exsync.engine.port.ExchangeMailbox;
import org.exsync.engine.store.SyncStore;

/**
 * One run of one link: its settings, what the run reads and writes through, and who hears of its
 * progress. The caller opens the mailbox before and closes it after the run.
 */
public record SyncJob(
    LinkSettings settings,
    ExchangeMailbox mailbox,
    CrmGateway crm,
    SyncStore store,
    Clock clock,
    SyncProgress progress) {

  /** A job whose progress nobody follows. */
  public SyncJob(
      LinkSettings settings,
      ExchangeMailbox mailbox,
      CrmGateway crm,
      SyncStore store,
      Clock clock) {
    this(settings, mailbox, crm, store, clock, SyncProgress.NONE);
  }

  public SyncJob {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(mailbox, "mailbox");
    Objects.requireNonNull(crm, "crm");
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(progress, "progress");
  }
}
