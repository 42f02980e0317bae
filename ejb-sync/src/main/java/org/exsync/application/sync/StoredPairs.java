package org.exsync.application.sync;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.exsync.domain.mapping.ItemEventRepository;
import org.exsync.domain.mapping.ItemMapping;
import org.exsync.domain.mapping.ItemMappingRepository;
import org.exsync.domain.mapping.MappingTombstone;
import org.exsync.domain.mapping.OverrideState;
import org.exsync.domain.mapping.SyncAlert;
import org.exsync.domain.mapping.SyncConflict;
import org.exsync.domain.mapping.SyncCursor;
import org.exsync.domain.mapping.SyncCursorRepository;
import org.exsync.domain.mapping.SyncHistoryRepository;
import org.exsync.domain.mapping.SyncItemEvent;
import org.exsync.domain.mapping.SyncPair;
import org.exsync.engine.port.SyncWindow;
import org.exsync.engine.store.Alert;
import org.exsync.engine.store.Batch;
import org.exsync.engine.store.ConflictRecord;
import org.exsync.engine.store.ItemEvent;
import org.exsync.engine.store.MappingRecord;
import org.exsync.engine.store.OverrideRequest;
import org.exsync.engine.store.OverrideSettlement;
import org.exsync.engine.store.PairCursor;
import org.exsync.engine.store.PairKey;
import org.exsync.engine.store.Tombstone;

/**
 * The engine's store in the database: each read in a transaction of its own, each batch committed
 * in one, so a run's progress is durable batch by batch and a crash loses at most the batch being
 * written, whose changes the cursor has not passed yet.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class StoredPairs {

  @Inject private ItemMappingRepository mappings;
  @Inject private SyncCursorRepository cursors;
  @Inject private SyncHistoryRepository history;
  @Inject private ItemEventRepository events;
  @Inject private Clock clock;

  public List<MappingRecord> mappings(PairKey key) {
    return mappings.listByPair(pair(key)).stream().map(StoredPairs::record).toList();
  }

  public PairCursor cursor(PairKey key) {
    return cursors.findByPair(pair(key)).map(StoredPairs::cursor).orElse(PairCursor.START);
  }

  /** The overrides admins asked for in the pair that no run has settled yet, oldest first. */
  public List<OverrideRequest> overrides(PairKey key) {
    return history.requestedOverrides(pair(key)).stream().map(StoredPairs::request).toList();
  }

  /** Stores the whole batch or, on any failure, none of it. */
  public void commit(Batch batch) {
    if (batch.isEmpty()) {
      return;
    }
    SyncPair pair = pair(batch.pair());
    Map<String, ItemMapping> stored = new HashMap<>();
    for (ItemMapping mapping : mappings.listByPair(pair)) {
      stored.put(mapping.getCrmId(), mapping);
    }
    for (String removed : batch.removedCrmIds()) {
      ItemMapping gone = stored.remove(removed);
      if (gone != null) {
        mappings.remove(gone);
      }
    }
    for (MappingRecord upsert : batch.upserts()) {
      ItemMapping known = stored.get(upsert.crmId());
      if (known == null) {
        mappings.add(
            new ItemMapping(
                pair, upsert.crmId(), sides(upsert), upsert.syncedAt(), upsert.origin()));
      } else {
        known.record(sides(upsert), upsert.syncedAt());
      }
    }
    if (batch.cursor() != null) {
      moveCursor(pair, batch.cursor());
      // A pair moves its cursor once a run, which bounds both the pruning's cost and its delay.
      events.pruneOfLink(
          pair.linkId(), clock.instant().minus(Duration.ofDays(SyncItemEvent.KEPT_DAYS)));
    }
    batch.conflicts().forEach(conflict -> history.add(conflict(pair, conflict)));
    batch.tombstones().forEach(tombstone -> history.add(tombstone(pair, tombstone)));
    batch.alerts().forEach(alert -> history.add(alert(pair, alert)));
    batch.events().forEach(event -> events.add(event(pair, event)));
    for (OverrideSettlement settled : batch.overrides()) {
      history
          .findConflict(settled.conflictId())
          .filter(c -> c.getOverrideState().orElse(null) == OverrideState.REQUESTED)
          .ifPresent(c -> c.settleOverride(settled.applied(), settled.note(), settled.at()));
    }
  }

  private static OverrideRequest request(SyncConflict conflict) {
    SyncConflict.Versions versions = conflict.versions();
    return new OverrideRequest(
        conflict.getId(),
        conflict.getCrmId(),
        conflict.getOverrideSide().orElseThrow(),
        versions.crm(),
        versions.exchange(),
        conflict.getDecidedAt());
  }

  private void moveCursor(SyncPair pair, PairCursor to) {
    SyncCursor cursor =
        cursors
            .findByPair(pair)
            .orElseGet(
                () -> {
                  SyncCursor fresh = new SyncCursor(pair);
                  cursors.add(fresh);
                  return fresh;
                });
    SyncWindow window = to.window();
    cursor.moveTo(
        to.exchangeSyncState(),
        to.crmWatermark(),
        window == null ? null : window.from(),
        window == null ? null : window.to(),
        to.crmRetries(),
        to.exchangeRetries());
  }

  static SyncPair pair(PairKey key) {
    return new SyncPair(key.linkId(), key.kind(), key.scope());
  }

  private static MappingRecord record(ItemMapping mapping) {
    ItemMapping.Sides sides = mapping.sides();
    return new MappingRecord(
        mapping.getCrmId(),
        sides.crmVersion(),
        sides.crmHash(),
        sides.exchangeId(),
        sides.exchangeVersion(),
        sides.exchangeHash(),
        sides.snapshot(),
        mapping.getLastSyncedAt(),
        mapping.getOrigin());
  }

  private static ItemMapping.Sides sides(MappingRecord record) {
    return new ItemMapping.Sides(
        record.crmVersion(),
        record.crmHash(),
        record.exchangeId(),
        record.exchangeVersion(),
        record.exchangeHash(),
        record.snapshot());
  }

  private static PairCursor cursor(SyncCursor cursor) {
    SyncWindow window =
        cursor.getWindowStart().isPresent()
            ? new SyncWindow(cursor.getWindowStart().get(), cursor.getWindowEnd().orElseThrow())
            : null;
    return new PairCursor(
        cursor.getExchangeSyncState().orElse(null),
        cursor.getCrmWatermark().orElse(null),
        window,
        cursor.getCrmRetries(),
        cursor.getExchangeRetries());
  }

  private static SyncConflict conflict(SyncPair pair, ConflictRecord conflict) {
    return new SyncConflict(
        pair,
        conflict.crmId(),
        conflict.exchangeId(),
        conflict.title(),
        new SyncConflict.Versions(
            conflict.crmSnapshot(), conflict.exchangeSnapshot(), conflict.resultSnapshot()),
        conflict.policy(),
        conflict.outcome().name(),
        conflict.at());
  }

  private static MappingTombstone tombstone(SyncPair pair, Tombstone tombstone) {
    return new MappingTombstone(
        pair,
        tombstone.crmId(),
        tombstone.exchangeId(),
        tombstone.title(),
        tombstone.reason().name(),
        tombstone.at());
  }

  private static SyncItemEvent event(SyncPair pair, ItemEvent event) {
    return new SyncItemEvent(
        pair,
        new SyncItemEvent.ItemIds(event.crmId(), event.exchangeId()),
        event.subject(),
        event.kind().name(),
        event.side(),
        event.detail(),
        event.at());
  }

  private static SyncAlert alert(SyncPair pair, Alert alert) {
    return new SyncAlert(
        pair, alert.side(), alert.wouldDelete(), alert.mapped(), alert.message(), alert.at());
  }
}
