package org.exsync.engine.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exsync.engine.store.Batch;
import org.exsync.engine.store.ConflictRecord;
import org.exsync.engine.store.ItemEvent;
import org.exsync.engine.store.MappingRecord;
import org.exsync.engine.store.OverrideSettlement;
import org.exsync.engine.store.PairCursor;
import org.exsync.engine.store.PairKey;
import org.exsync.engine.store.Tombstone;

/** What the items of one batch leave for the store. */
final class BatchResult {

  private final Map<String, MappingRecord> upserts = new LinkedHashMap<>();
  private final Set<String> removed = new LinkedHashSet<>();
  final List<ConflictRecord> conflicts = new ArrayList<>();
  final List<Tombstone> tombstones = new ArrayList<>();
  final List<OverrideSettlement> overrides = new ArrayList<>();
  final List<ItemEvent> events = new ArrayList<>();

  void upsert(MappingRecord mapping) {
    removed.remove(mapping.crmId());
    upserts.put(mapping.crmId(), mapping);
  }

  void remove(String crmId, Tombstone tombstone) {
    if (!upserts.containsKey(crmId)) {
      removed.add(crmId);
    }
    if (tombstone != null) {
      tombstones.add(tombstone);
    }
  }

  Batch toBatch(PairKey pair, PairCursor cursor) {
    return new Batch(
        pair,
        List.copyOf(upserts.values()),
        removed,
        cursor,
        conflicts,
        tombstones,
        List.of(),
        overrides,
        events);
  }
}
