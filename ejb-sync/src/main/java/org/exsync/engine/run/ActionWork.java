package org.exsync.engine.run;

import static org.exsync.engine.plan.Decision.CREATE_IN_CRM;
import static org.exsync.engine.plan.Decision.CREATE_IN_EXCHANGE;
import static org.exsync.engine.plan.Decision.MATCH;
import static org.exsync.engine.plan.Decision.RECREATE_IN_CRM;
import static org.exsync.engine.plan.Decision.RECREATE_IN_EXCHANGE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.UnaryOperator;
import org.exsync.domain.link.ConflictPolicy;
import org.exsync.domain.run.Side;
import org.exsync.engine.ItemFailure;
import org.exsync.engine.item.CanonicalItem;
import org.exsync.engine.plan.Action;
import org.exsync.engine.plan.ChangeKind;
import org.exsync.engine.plan.ConflictResolver;
import org.exsync.engine.plan.ExchangeOnlyFields;
import org.exsync.engine.plan.Resolution;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.port.ItemRef;
import org.exsync.engine.port.ItemUpdate;
import org.exsync.engine.port.WriteReceipt;
import org.exsync.engine.store.MappingRecord;
import org.exsync.engine.store.Tombstone;
import org.exsync.engine.store.TombstoneReason;

/**
 * One action's writes: queued first ({@link #queue}), then, once the batch was sent, turned into
 * the mapping it leaves, its counts and its failure ({@link #finish}).
 */
final class ActionWork {

  private final Action action;
  private final Instant now;
  private Slot<WriteReceipt> crmWrite;
  private Slot<WriteReceipt> exchangeWrite;
  private Slot<String> delete;
  private CanonicalItem toCrm;
  private CanonicalItem crmIntended;
  private CanonicalItem toExchange;
  private Resolution resolution;
  private boolean stopped;

  ActionWork(Action action, Instant now) {
    this.action = action;
    this.now = now;
  }

  /**
   * @param crmForm the form SuperOffice holds an item in, which is what gets written there
   */
  void queue(Writes writes, ConflictPolicy policy, UnaryOperator<CanonicalItem> crmForm) {
    switch (action.decision()) {
      case NOTHING, FORGET, INCONSISTENT -> {}
      case UNLINK -> {
        // A move out of the window is a change: the other side follows before the pair is let go.
        if (action.crm().leftScope() && action.crm().kind() == ChangeKind.CHANGED) {
          toExchange = action.crm().item().content();
        } else if (action.exchange().leftScope()
            && action.exchange().kind() == ChangeKind.CHANGED) {
          toCrm = action.exchange().item().content();
        }
      }
      case CREATE_IN_CRM, RECREATE_IN_CRM -> toCrm = action.exchangeContent().orElseThrow();
      case CREATE_IN_EXCHANGE, RECREATE_IN_EXCHANGE ->
          toExchange = action.crmContent().orElseThrow();
      case UPDATE_CRM -> toCrm = action.exchangeContent().orElseThrow();
      case UPDATE_EXCHANGE ->
          toExchange =
              ExchangeOnlyFields.keep(
                  action.crmContent().orElseThrow(), action.exchangeContent().orElseThrow());
      case MATCH, RESOLVE_CONFLICT -> {
        CanonicalItem base = action.mapping() == null ? null : action.snapshot().orElse(null);
        resolution =
            ConflictResolver.resolve(
                policy, base, action.crm().item(), action.exchange().item(), crmForm);
        toCrm = resolution.toCrm();
        toExchange = resolution.toExchange();
        if (toExchange != null && action.exchange().item() != null) {
          toExchange = ExchangeOnlyFields.keep(toExchange, action.exchange().item().content());
        }
      }
      case DELETE_IN_CRM ->
          delete = writes.crmDeletes.add(new ItemRef(action.crmId(), action.crmVersion()));
      case DELETE_IN_EXCHANGE, REMOVE_FROM_FOLDER ->
          delete =
              writes.exchangeDeletes.add(
                  new ItemRef(action.exchangeId(), action.exchangeVersion()));
    }
    crmIntended = toCrm;
    if (toCrm != null) {
      toCrm = crmForm.apply(toCrm);
    }
    boolean creates =
        EnumSet.of(CREATE_IN_CRM, CREATE_IN_EXCHANGE, RECREATE_IN_CRM, RECREATE_IN_EXCHANGE)
            .contains(action.decision());
    if (toCrm != null) {
      crmWrite =
          creates
              ? writes.crmCreates.add(toCrm)
              : writes.crmUpdates.add(new ItemUpdate(action.crmId(), action.crmVersion(), toCrm));
    }
    if (toExchange != null) {
      exchangeWrite =
          creates
              ? writes.exchangeCreates.add(toExchange)
              : writes.exchangeUpdates.add(
                  new ItemUpdate(action.exchangeId(), action.exchangeVersion(), toExchange));
    }
  }

  /**
   * @param stopped whether the batch stopped the pair; its items then wait for the next run, which
   *     reads them again from the same cursor
   */
  void finish(BatchResult batch, Tally tally, ConflictPolicy policy, boolean stopped) {
    this.stopped = stopped;
    switch (action.decision()) {
      case NOTHING -> refreshVersions(batch);
      case FORGET -> {
        end(batch, TombstoneReason.DELETED_ON_BOTH);
        batch.events.add(ItemEvents.forgotten(action, now));
      }
      case UNLINK -> unlinked(batch, tally);
      case INCONSISTENT ->
          fail(
              batch,
              tally,
              Side.CRM,
              Failure.rejected(
                  "The item is new on one side and changed or deleted on the other; check it"));
      case DELETE_IN_CRM -> deleted(batch, tally, Side.CRM, TombstoneReason.DELETED_IN_EXCHANGE);
      case DELETE_IN_EXCHANGE ->
          deleted(batch, tally, Side.EXCHANGE, TombstoneReason.DELETED_IN_CRM);
      case REMOVE_FROM_FOLDER -> {
        if (deletedOrGone(batch, tally, Side.EXCHANGE)) {
          end(batch, TombstoneReason.LEFT_SELECTION);
          tally.count(Side.EXCHANGE, Tally.UNLINKED);
          batch.events.add(ItemEvents.leftSelection(action, now));
        }
      }
      case CREATE_IN_CRM, CREATE_IN_EXCHANGE, RECREATE_IN_CRM, RECREATE_IN_EXCHANGE ->
          written(batch, tally, Tally.CREATED);
      case UPDATE_CRM, UPDATE_EXCHANGE -> written(batch, tally, Tally.UPDATED);
      case MATCH -> {
        if (written(batch, tally, Tally.UPDATED)) {
          batch.events.add(ItemEvents.matched(action, now));
        }
      }
      case RESOLVE_CONFLICT -> {
        if (written(batch, tally, Tally.UPDATED) && resolution.isConflict()) {
          tally.conflicts++;
          batch.conflicts.add(PairMappings.conflict(action, resolution, policy, now));
          batch.events.add(ItemEvents.conflict(action, policy, resolution.outcome(), now));
        }
      }
    }
  }

  /** Stores the pair as both sides hold it after the writes; false if a write failed. */
  private boolean written(BatchResult batch, Tally tally, int what) {
    boolean crmOk = crmWrite == null || crmWrite.isDone();
    boolean exchangeOk = exchangeWrite == null || exchangeWrite.isDone();
    if (!crmOk) {
      fail(batch, tally, Side.CRM, crmWrite.failure());
    }
    if (!exchangeOk) {
      fail(batch, tally, Side.EXCHANGE, exchangeWrite.failure());
    }
    if (!(crmOk && exchangeOk)) {
      if (action.decision() == MATCH) {
        batch.upsert(
            PairMappings.unsettled(
                action,
                retried(crmOk ? null : crmWrite.failure()),
                retried(exchangeOk ? null : exchangeWrite.failure()),
                now));
      }
      // A merge written to one side only keeps the old mapping: next run sees both sides changed
      // again and merges once more against the same snapshot.
      return false;
    }
    writtenSides().forEach(side -> tally.count(side, what));
    MappingRecord mapping =
        PairMappings.written(
            action,
            crmWrite == null ? null : crmWrite.outcome().value(),
            toCrm,
            exchangeWrite == null ? null : exchangeWrite.outcome().value(),
            toExchange,
            toExchange != null ? toExchange : crmIntended,
            now);
    if (action.decision() == RECREATE_IN_CRM && !mapping.crmId().equals(action.mapping().crmId())) {
      batch.remove(action.mapping().crmId(), null);
    }
    batch.upsert(mapping);
    boolean created = what == Tally.CREATED;
    for (Side side : writtenSides()) {
      batch.events.add(ItemEvents.written(action, mapping, side, created, now));
    }
    if (what == Tally.CREATED && exchangeWrite != null) {
      // Exchange's sync state was taken before this item existed: were it deleted before the next
      // run, the next changes would not mention it at all. It is read once more next run instead.
      tally.exchangeRetries.add(mapping.exchangeId());
    }
    return true;
  }

  private void unlinked(BatchResult batch, Tally tally) {
    if (crmWrite != null && !crmWrite.isDone()) {
      fail(batch, tally, Side.CRM, crmWrite.failure());
      return;
    }
    if (exchangeWrite != null && !exchangeWrite.isDone()) {
      fail(batch, tally, Side.EXCHANGE, exchangeWrite.failure());
      return;
    }
    for (Side side : writtenSides()) {
      tally.count(side, Tally.UPDATED);
      batch.events.add(ItemEvents.updated(action, side, now));
    }
    end(batch, TombstoneReason.LEFT_WINDOW);
    Side left = action.crm().leftScope() ? Side.CRM : Side.EXCHANGE;
    tally.count(left, Tally.UNLINKED);
    batch.events.add(ItemEvents.unlinked(action, left, now));
  }

  private List<Side> writtenSides() {
    List<Side> sides = new ArrayList<>();
    if (crmWrite != null) {
      sides.add(Side.CRM);
    }
    if (exchangeWrite != null) {
      sides.add(Side.EXCHANGE);
    }
    return sides;
  }

  private void refreshVersions(BatchResult batch) {
    PairMappings.refreshed(action).ifPresent(batch::upsert);
  }

  private static boolean retried(Failure failure) {
    return failure != null && failure.kind() != FailureKind.REJECTED;
  }

  private void deleted(BatchResult batch, Tally tally, Side side, TombstoneReason reason) {
    if (deletedOrGone(batch, tally, side)) {
      end(batch, reason);
      tally.count(side, Tally.DELETED);
      batch.events.add(ItemEvents.deleted(action, side, now));
    }
  }

  private boolean deletedOrGone(BatchResult batch, Tally tally, Side side) {
    if (delete.isDone() || delete.failure().kind() == FailureKind.GONE) {
      return true;
    }
    fail(batch, tally, side, delete.failure());
    return false;
  }

  private void end(BatchResult batch, TombstoneReason reason) {
    MappingRecord m = action.mapping();
    batch.remove(m.crmId(), new Tombstone(m.crmId(), m.exchangeId(), action.title(), reason, now));
  }

  /**
   * Records a failed item. Unless its content was rejected for good, both its ids are read again
   * next run and decided afresh (also after a throttling answer for this item alone); the items of
   * a batch that stopped the pair are left to the next run, which starts from the same cursor.
   */
  private void fail(BatchResult batch, Tally tally, Side side, Failure failure) {
    batch.events.add(ItemEvents.failed(action, side, failure, now));
    if (stopped && Stops.isStop(failure)) {
      return;
    }
    String id = side == Side.CRM ? action.crmId() : action.exchangeId();
    tally.failures.add(new ItemFailure(side, id == null ? "" : id, action.title(), failure));
    if (failure.kind() != FailureKind.REJECTED) {
      if (action.crmId() != null) {
        tally.crmRetries.add(action.crmId());
      }
      if (action.exchangeId() != null) {
        tally.exchangeRetries.add(action.exchangeId());
      }
    }
  }
}
