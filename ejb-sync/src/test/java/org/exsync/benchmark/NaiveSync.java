package org.exsync.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.port.ChangePage;
import org.exsync.engine.port.CrmScope;
import org.exsync.engine.port.ExchangeMailbox;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.port.FolderRef;
import org.exsync.engine.port.ItemResults;
import org.exsync.engine.port.ItemUpdate;
import org.exsync.engine.port.Outcome;
import org.exsync.engine.store.MappingRecord;
import org.exsync.engine.store.PairKey;
import org.exsync.infrastructure.exchange.EwsOptions;
import org.exsync.sandbox.data.SeedUser;

/**
 * The baseline: a naive syncer through the same adapters that keeps no sync state and batches
 * nothing. Every cycle it reads both sides in full, one item per request (Exchange: a listing from
 * no sync state, then GetItem of one item each, as a FindItem scan would; SuperOffice: the list,
 * then one GET each), compares each item's version with the previous cycle's, and writes every
 * changed item to the other side in a request of its own. It pairs items by the engine's mappings
 * rather than matching them itself, which costs it no request.
 */
final class NaiveSync {

  private static final EwsOptions ONE_BY_ONE = EwsOptions.DEFAULTS.withBatchSize(1);

  /** One full read of a user's three kinds on both sides, by id. */
  private record Scan(
      Map<ItemKind, Map<String, SourceItem>> exchange,
      Map<ItemKind, Map<String, SourceItem>> crm) {}

  /** A throttling answer, which ends the cycle so that the governor can pause the owner. */
  private static final class Throttled extends RuntimeException {
    final Duration backoff;

    Throttled(Failure failure) {
      super(failure.reason(), null, false, false);
      this.backoff = failure.backoff() == null ? Duration.ofSeconds(5) : failure.backoff();
    }
  }

  private final BenchSandbox sandbox;
  private final EngineLinks links;
  private final Map<Integer, Scan> previous = new ConcurrentHashMap<>();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  final LongAdder written = new LongAdder();
  final LongAdder workerCpuNanos = new LongAdder();
  final LongAdder failedWrites = new LongAdder();

  NaiveSync(BenchSandbox sandbox, EngineLinks links) {
    this.sandbox = sandbox;
    this.links = links;
  }

  /** A cycle of one user: scan both sides, write what changed since the last scan, if any. */
  GovernedRuns.Ended cycle(int index) {
    SeedUser user = sandbox.users().get(index);
    long cpu = THREADS.getCurrentThreadCpuTime();
    try (ExchangeMailbox mailbox = sandbox.open(user, ONE_BY_ONE)) {
      Scan now = scan(user, mailbox);
      Scan before = previous.get(index);
      if (before != null) {
        propagate(user, mailbox, before, now);
      }
      previous.put(index, now);
      return GovernedRuns.Ended.COMPLETED;
    } catch (Throttled t) {
      return new GovernedRuns.Ended(t.backoff);
    } finally {
      workerCpuNanos.add(THREADS.getCurrentThreadCpuTime() - cpu);
    }
  }

  private Scan scan(SeedUser user, ExchangeMailbox mailbox) {
    Map<ItemKind, Map<String, SourceItem>> exchange = new EnumMap<>(ItemKind.class);
    Map<ItemKind, Map<String, SourceItem>> crm = new EnumMap<>(ItemKind.class);
    for (ItemKind kind : ItemKind.values()) {
      Map<String, SourceItem> inMailbox = new HashMap<>();
      FolderRef folder = done(mailbox.defaultFolder(kind));
      String state = null;
      ChangePage page;
      do {
        page = done(mailbox.changes(folder, state));
        page.changed().forEach(i -> inMailbox.put(i.id(), i));
        state = page.syncState();
      } while (page.moreAvailable());
      exchange.put(kind, inMailbox);
      // The list, then a GET each: not the adapter's changes, which read many items to a call.
      Map<String, SourceItem> inCrm = new HashMap<>();
      List<String> ids = List.copyOf(done(sandbox.crmGateway.presentIds(scope(user, kind))));
      ItemResults<SourceItem> read = done(sandbox.crmGateway.read(kind, ids));
      for (int i = 0; i < ids.size(); i++) {
        Outcome<SourceItem> item = read.get(i);
        boolean gone = !item.isDone() && item.failure().orElseThrow().kind() == FailureKind.GONE;
        if (!gone) {
          SourceItem found = done(item);
          inCrm.put(found.id(), found);
        }
      }
      crm.put(kind, inCrm);
    }
    return new Scan(exchange, crm);
  }

  private void propagate(SeedUser user, ExchangeMailbox mailbox, Scan before, Scan now) {
    for (ItemKind kind : ItemKind.values()) {
      FolderRef folder = done(mailbox.defaultFolder(kind));
      for (MappingRecord m : links.store.mappings(PairKey.of(EngineLinks.linkId(user), kind))) {
        SourceItem crmBefore = before.crm().get(kind).get(m.crmId());
        SourceItem crmNow = now.crm().get(kind).get(m.crmId());
        SourceItem exBefore = before.exchange().get(kind).get(m.exchangeId());
        SourceItem exNow = now.exchange().get(kind).get(m.exchangeId());
        if (crmBefore == null || crmNow == null || exBefore == null || exNow == null) {
          continue;
        }
        if (!crmNow.version().equals(crmBefore.version())) {
          count(
              done(
                  mailbox.update(
                      folder,
                      List.of(new ItemUpdate(exNow.id(), exNow.version(), crmNow.content())))));
        } else if (!exNow.version().equals(exBefore.version())) {
          count(
              done(
                  sandbox.crmGateway.update(
                      kind,
                      List.of(new ItemUpdate(crmNow.id(), crmNow.version(), exNow.content())))));
        }
      }
    }
  }

  private void count(ItemResults<?> results) {
    written.add(results.size() - results.failedCount());
    failedWrites.add(results.failedCount());
  }

  private CrmScope scope(SeedUser user, ItemKind kind) {
    return switch (kind) {
      case DIARY -> CrmScope.diary(user.associateId(), links.window());
      case TASK -> CrmScope.tasks(user.associateId(), links.window());
      case CONTACT -> CrmScope.ownContacts(user.associateId());
    };
  }

  private static <T> T done(Outcome<T> outcome) {
    if (outcome.isDone()) {
      return outcome.value();
    }
    Failure failure = outcome.failure().orElseThrow();
    if (failure.kind() == FailureKind.THROTTLED) {
      throw new Throttled(failure);
    }
    throw new IllegalStateException("The baseline's request failed: " + failure);
  }
}
