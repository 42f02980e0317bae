package org.exsync.engine.run;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.exsync.domain.run.Side;
import org.exsync.engine.ItemFailure;
import org.exsync.engine.SyncJob;
import org.exsync.engine.item.CanonicalItem;
import org.exsync.engine.plan.Action;
import org.exsync.engine.plan.Decision;
import org.exsync.engine.plan.ExchangeOnlyFields;
import org.exsync.engine.plan.Plan;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.port.FolderRef;
import org.exsync.engine.port.ItemUpdate;
import org.exsync.engine.port.WriteReceipt;
import org.exsync.engine.snapshot.ItemSnapshots;
import org.exsync.engine.store.MappingRecord;
import org.exsync.engine.store.OverrideRequest;
import org.exsync.engine.store.OverrideSettlement;

/**
 * Applies the overrides admins asked for, in a batch of their own before the plan's: the version an
 * admin took is written to both sides (a side that holds it already is left alone) and the mapping
 * keeps what each side holds then, so the next run sees no change. An override is refused when the
 * item changed again since its conflict (the newer change stands, and the plan applies it) or is no
 * longer synced; it waits for the next run when a write failed and may work then.
 */
final class OverrideRun {

  /**
   * The batch's result, the CRM ids whose mapping it stores (the plan leaves those alone), and the
   * failure that stopped the pair, or null.
   */
  record Applied(BatchResult result, Set<String> written, Failure stop) {}

  static final String CHANGED_SINCE =
      "The item was changed or deleted again after the conflict, so the newer change stands;"
          + " nothing was overridden";
  static final String NO_LONGER_SYNCED =
      "The item is no longer synced (deleted, or out of the window or selection) since the"
          + " conflict; nothing was overridden";

  private final SyncJob job;
  private final PairSpec spec;
  private final FolderRef folder;

  OverrideRun(SyncJob job, PairSpec spec, FolderRef folder) {
    this.job = job;
    this.spec = spec;
    this.folder = folder;
  }

  Applied apply(List<OverrideRequest> requests, Plan plan, Tally tally) {
    Instant now = job.clock().instant();
    BatchResult result = new BatchResult();
    Writes writes = new Writes();
    List<Item> items =
        requests.stream()
            .map(request -> item(request, plan, now, result))
            .flatMap(Optional::stream)
            .toList();
    items.forEach(item -> item.queue(writes));
    Failure stop = writes.send(job.crm(), spec.scope(), job.mailbox(), folder).orElse(null);
    Set<String> written = new HashSet<>();
    for (Item item : items) {
      if (item.finish(result, tally, now, stop != null)) {
        written.add(item.action.mapping().crmId());
      }
    }
    return new Applied(result, written, stop);
  }

  /** The override's item to write, or empty when it is refused (settled in the result). */
  private Optional<Item> item(OverrideRequest request, Plan plan, Instant now, BatchResult result) {
    Optional<Action> action =
        plan.actions().stream()
            .filter(a -> a.mapping() != null && a.mapping().crmId().equals(request.crmId()))
            .findFirst();
    Optional<CanonicalItem> crm = ItemSnapshots.tryRead(request.crmSnapshot());
    Optional<CanonicalItem> exchange = ItemSnapshots.tryRead(request.exchangeSnapshot());
    String refusal = null;
    if (action.isEmpty()) {
      refusal = NO_LONGER_SYNCED;
    } else if (action.get().decision() != Decision.NOTHING
        || action.get().mapping().syncedAt().isAfter(request.conflictAt())) {
      refusal = CHANGED_SINCE;
    } else if (crm.isEmpty() || exchange.isEmpty()) {
      refusal =
          "The conflict's versions were stored by another version of Exsync and cannot be read";
    }
    if (refusal != null) {
      result.overrides.add(new OverrideSettlement(request.conflictId(), false, refusal, now));
      return Optional.empty();
    }
    CanonicalItem chosen = request.take() == Side.CRM ? crm.get() : exchange.get();
    CanonicalItem toExchange =
        request.take() == Side.CRM ? ExchangeOnlyFields.keep(chosen, exchange.get()) : chosen;
    return Optional.of(new Item(request, action.get(), job.crm().asHeld(chosen), toExchange));
  }

  /** One override's writes and what they leave. */
  private static final class Item {

    private final OverrideRequest request;
    private final Action action;
    private final CanonicalItem toCrm;
    private final CanonicalItem toExchange;
    private Slot<WriteReceipt> crmWrite;
    private Slot<WriteReceipt> exchangeWrite;

    Item(OverrideRequest request, Action action, CanonicalItem toCrm, CanonicalItem toExchange) {
      this.request = request;
      this.action = action;
      this.toCrm = toCrm;
      this.toExchange = toExchange;
    }

    /** Queues a write to each side that does not hold the chosen version yet. */
    void queue(Writes writes) {
      MappingRecord mapping = action.mapping();
      if (!toCrm.contentHash().equals(mapping.crmHash())) {
        crmWrite =
            writes.crmUpdates.add(new ItemUpdate(action.crmId(), action.crmVersion(), toCrm));
      }
      if (!toExchange.contentHash().equals(mapping.exchangeHash())) {
        exchangeWrite =
            writes.exchangeUpdates.add(
                new ItemUpdate(action.exchangeId(), action.exchangeVersion(), toExchange));
      }
    }

    /**
     * Stores what each side holds after the writes and settles the override when it is done or
     * rejected for good; true if a mapping was stored. A side written while the other failed for
     * now is remembered with the time of the last sync unchanged, so the next run writes only the
     * other. After a rejection the old mapping stays: a side written then counts as changed next
     * run and is synced like any change.
     */
    boolean finish(BatchResult result, Tally tally, Instant now, boolean stopped) {
      Failure crmFailure = crmWrite == null || crmWrite.isDone() ? null : crmWrite.failure();
      Failure exchangeFailure =
          exchangeWrite == null || exchangeWrite.isDone() ? null : exchangeWrite.failure();
      boolean crmWritten = crmWrite != null && crmFailure == null;
      boolean exchangeWritten = exchangeWrite != null && exchangeFailure == null;
      if (crmWritten) {
        tally.count(Side.CRM, Tally.UPDATED);
      }
      if (exchangeWritten) {
        tally.count(Side.EXCHANGE, Tally.UPDATED);
      }
      boolean done = crmFailure == null && exchangeFailure == null;
      if (crmFailure != null) {
        fail(tally, Side.CRM, crmFailure, stopped);
      }
      if (exchangeFailure != null) {
        fail(tally, Side.EXCHANGE, exchangeFailure, stopped);
      }
      Failure rejected = rejected(crmFailure).orElse(rejected(exchangeFailure).orElse(null));
      if (done) {
        result.overrides.add(
            new OverrideSettlement(request.conflictId(), true, appliedNote(), now));
      } else if (rejected != null) {
        result.overrides.add(
            new OverrideSettlement(
                request.conflictId(),
                false,
                "A side refused the chosen version: " + rejected.reason(),
                now));
        return false;
      }
      if (!crmWritten && !exchangeWritten && !done) {
        return false;
      }
      result.upsert(mapping(crmWritten, exchangeWritten, done ? now : null));
      return true;
    }

    private MappingRecord mapping(boolean crmWritten, boolean exchangeWritten, Instant syncedAt) {
      MappingRecord m = action.mapping();
      WriteReceipt crm = crmWritten ? crmWrite.outcome().value() : null;
      WriteReceipt exchange = exchangeWritten ? exchangeWrite.outcome().value() : null;
      return new MappingRecord(
          crm != null ? crm.id() : m.crmId(),
          crm != null ? crm.version() : action.crmVersion(),
          crm != null ? toCrm.contentHash() : m.crmHash(),
          exchange != null ? exchange.id() : action.exchangeId(),
          exchange != null ? exchange.version() : action.exchangeVersion(),
          exchange != null ? toExchange.contentHash() : m.exchangeHash(),
          syncedAt != null ? ItemSnapshots.write(toExchange) : m.snapshot(),
          syncedAt != null ? syncedAt : m.syncedAt(),
          m.origin());
    }

    private String appliedNote() {
      String version = request.take() == Side.CRM ? "SuperOffice's" : "Exchange's";
      if (crmWrite == null && exchangeWrite == null) {
        return "Both sides held " + version + " version already";
      }
      String sides =
          crmWrite != null && exchangeWrite != null
              ? "both sides"
              : crmWrite != null ? "SuperOffice" : "Exchange";
      return version + " version was written to " + sides;
    }

    private void fail(Tally tally, Side side, Failure failure, boolean stopped) {
      if (stopped && Stops.isStop(failure)) {
        return;
      }
      String id = side == Side.CRM ? action.crmId() : action.exchangeId();
      tally.failures.add(new ItemFailure(side, id, action.title(), failure));
    }

    private static Optional<Failure> rejected(Failure failure) {
      return failure != null && failure.kind() == FailureKind.REJECTED
          ? Optional.of(failure)
          : Optional.empty();
    }
  }
}
