package org.exsync.engine.store;

import java.util.List;

/**
 * What the engine remembers between runs. The engine reads a pair's mappings and cursor at the
 * start of a pair and writes only through {@link #commit}, one batch at a time, so a crash between
 * two batches loses nothing: each batch stores the mappings of the writes it made, and the cursor
 * moves past changes only in the batch that stored their mappings.
 *
 * <p>An implementation is used by one job at a time per link (the scheduler claims the link); it
 * need not guard against two engines on one pair.
 */
public interface SyncStore {

  /**
   * Every live mapping of the pair, in any order; removed ones are not returned. The JPA side must
   * answer what the last committed batch left, never an uncommitted state, and only the pair's own
   * mappings (one person may be mapped in several selection scopes of one link).
   */
  List<MappingRecord> mappings(PairKey pair);

  /**
   * The pair's cursor, or {@link PairCursor#START} if it has none yet. The JPA side must return the
   * cursor of the last committed batch that set one, with its retry sets and window unchanged.
   */
  PairCursor cursor(PairKey pair);

  /**
   * The overrides admins asked for in the pair that no run has settled yet, oldest first. A store
   * that keeps none answers none.
   */
  default List<OverrideRequest> overrides(PairKey pair) {
    return List.of();
  }

  /**
   * Stores one batch in a single transaction: upserts (keyed by CRM id within the pair, replacing
   * the Exchange id, versions, hashes and snapshot), removals, the cursor if the batch has one,
   * conflicts, tombstones, alerts, settled overrides and item events. Either all of it is stored or
   * none of it; on failure it throws and nothing has changed. An empty batch is a no-op. A removed
   * CRM id that has no mapping is ignored, so a batch may be committed twice with the same end
   * state.
   */
  void commit(Batch batch);
}
