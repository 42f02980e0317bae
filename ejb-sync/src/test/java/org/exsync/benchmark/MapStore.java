package org.exsync.benchmark;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.exsync.engine.store.Batch;
import org.exsync.engine.store.MappingRecord;
import org.exsync.engine.store.PairCursor;
import org.exsync.engine.store.PairKey;
import org.exsync.engine.store.SyncStore;

/**
 * The store in memory for many links at once: each pair's mappings in a map of their own, so a
 * commit touches only its pair (the engine's test store copies every pair on each commit, which is
 * right for crash tests and too slow for a thousand links). Conflicts, tombstones and alerts are
 * counted, not kept.
 */
final class MapStore implements SyncStore {

  private final Map<PairKey, Map<String, MappingRecord>> mappings = new ConcurrentHashMap<>();
  private final Map<PairKey, PairCursor> cursors = new ConcurrentHashMap<>();
  private final LongAdder conflicts = new LongAdder();
  private final LongAdder alerts = new LongAdder();

  @Override
  public List<MappingRecord> mappings(PairKey pair) {
    return List.copyOf(mappings.getOrDefault(pair, Map.of()).values());
  }

  /** The pair's mappings by CRM id, as committed. */
  Map<String, MappingRecord> mappingsByCrmId(PairKey pair) {
    return Map.copyOf(mappings.getOrDefault(pair, Map.of()));
  }

  @Override
  public PairCursor cursor(PairKey pair) {
    return cursors.getOrDefault(pair, PairCursor.START);
  }

  @Override
  public void commit(Batch batch) {
    if (batch.isEmpty()) {
      return;
    }
    Map<String, MappingRecord> pair =
        mappings.computeIfAbsent(batch.pair(), k -> new ConcurrentHashMap<>());
    synchronized (pair) {
      batch.removedCrmIds().forEach(pair::remove);
      batch.upserts().forEach(m -> pair.put(m.crmId(), m));
      if (batch.cursor() != null) {
        cursors.put(batch.pair(), batch.cursor());
      }
    }
    conflicts.add(batch.conflicts().size());
    alerts.add(batch.alerts().size());
  }

  long conflicts() {
    return conflicts.sum();
  }

  long alerts() {
    return alerts.sum();
  }
}
