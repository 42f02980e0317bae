package org.exsync.engine.store;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one applied batch of a pair leaves behind, committed as a whole or not at all.
 *
 * @param pair the sync pair
 * @param upserts mappings to store, replacing the one with the same CRM id
 * @param removedCrmIds CRM ids whose mappings end; a deletion or unlink also has a tombstone
 * @param cursor the cursor to move to, or null to leave it where it is; only the batch that commits
 *     the mappings of the last changes read moves it
 * @param conflicts conflicts decided in the batch
 * @param tombstones why mappings ended
 * @param alerts alerts raised
 * @param overrides the admins' overrides the batch settled
 * @param events what was done with each item, for its history
 */
public record Batch(
    PairKey pair,
    List<MappingRecord> upserts,
    Set<String> removedCrmIds,
    PairCursor cursor,
    List<ConflictRecord> conflicts,
    List<Tombstone> tombstones,
    List<Alert> alerts,
    List<OverrideSettlement> overrides,
    List<ItemEvent> events) {

  /** A batch that settles no override and records no item events. */
  public Batch(
      PairKey pair,
      List<MappingRecord> upserts,
      Set<String> removedCrmIds,
      PairCursor cursor,
      List<ConflictRecord> conflicts,
      List<Tombstone> tombstones,
      List<Alert> alerts) {
    this(pair, upserts, removedCrmIds, cursor, conflicts, tombstones, alerts, List.of(), List.of());
  }

  public Batch {
    Objects.requireNonNull(pair, "pair");
    upserts = List.copyOf(upserts);
    removedCrmIds = java.util.Collections.unmodifiableSet(new TreeSet<>(removedCrmIds));
    conflicts = List.copyOf(conflicts);
    tombstones = List.copyOf(tombstones);
    alerts = List.copyOf(alerts);
    overrides = List.copyOf(overrides);
    events = List.copyOf(events);
    for (MappingRecord upsert : upserts) {
      if (removedCrmIds.contains(upsert.crmId())) {
        throw new IllegalArgumentException(
            "A batch cannot both store and remove the mapping of CRM id " + upsert.crmId());
      }
    }
  }

  public boolean isEmpty() {
    return upserts.isEmpty()
        && removedCrmIds.isEmpty()
        && cursor == null
        && conflicts.isEmpty()
        && tombstones.isEmpty()
        && alerts.isEmpty()
        && overrides.isEmpty()
        && events.isEmpty();
  }
}
