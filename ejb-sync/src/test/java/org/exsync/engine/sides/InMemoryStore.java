package org.exsync.engine.sides;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.exsync.domain.run.Side;
import org.exsync.engine.store.Alert;
import org.exsync.engine.store.Batch;
import org.exsync.engine.store.ConflictRecord;
import org.exsync.engine.store.ItemEvent;
import org.exsync.engine.store.MappingRecord;
import org.exsync.engine.store.OverrideRequest;
import org.exsync.engine.store.OverrideSettlement;
import org.exsync.engine.store.PairCursor;
import org.exsync.engine.store.PairKey;
import org.exsync.engine.store.SyncStore;
import org.exsync.engine.store.Tombstone;

/**
 * The store in memory. A commit builds the new state on copies and swaps them in, so it is all or
 * nothing; {@link #crashAtCommit} makes a commit die (as the server would) before it stores.
 */
public final class InMemoryStore implements SyncStore {

  /** The server died in the middle of a run. */
  public static final class Crash extends Error {
    Crash() {
      super("simulated crash of the server");
    }
  }

  private Map<PairKey, Map<String, MappingRecord>> mappings = new HashMap<>();
  private Map<PairKey, PairCursor> cursors = new HashMap<>();
  public final List<ConflictRecord> conflicts = new ArrayList<>();
  public final List<Tombstone> tombstones = new ArrayList<>();
  public final List<Alert> alerts = new ArrayList<>();
  public final List<ItemEvent> events = new ArrayList<>();
  public final List<Batch> committed = new ArrayList<>();
  public final List<OverrideSettlement> settledOverrides = new ArrayList<>();
  private final Map<PairKey, List<OverrideRequest>> pendingOverrides = new HashMap<>();
  private int crashAt = -1;
  private int commits;

  /** The commit with this number (counting from 1, from now) dies instead of storing. */
  public void crashAtCommit(int number) {
    crashAt = commits + number;
  }

  /** The server came back: no further commit dies. */
  public void restarted() {
    crashAt = -1;
  }

  @Override
  public List<MappingRecord> mappings(PairKey pair) {
    return List.copyOf(mappings.getOrDefault(pair, Map.of()).values());
  }

  public Map<String, MappingRecord> mappingsByCrmId(PairKey pair) {
    return new TreeMap<>(mappings.getOrDefault(pair, Map.of()));
  }

  /**
   * An admin takes one side's version of a recorded conflict; the conflict's id is its position in
   * {@link #conflicts}, counting from 1.
   */
  public void requestOverride(PairKey pair, ConflictRecord conflict, Side take) {
    long id = conflicts.indexOf(conflict) + 1L;
    if (id == 0) {
      throw new IllegalArgumentException("The store recorded no such conflict");
    }
    pendingOverrides
        .computeIfAbsent(pair, k -> new ArrayList<>())
        .add(
            new OverrideRequest(
                id,
                conflict.crmId(),
                take,
                conflict.crmSnapshot(),
                conflict.exchangeSnapshot(),
                conflict.at()));
  }

  @Override
  public List<OverrideRequest> overrides(PairKey pair) {
    return List.copyOf(pendingOverrides.getOrDefault(pair, List.of()));
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
    if (++commits == crashAt) {
      throw new Crash();
    }
    Map<PairKey, Map<String, MappingRecord>> nextMappings = new HashMap<>();
    mappings.forEach((pair, byId) -> nextMappings.put(pair, new HashMap<>(byId)));
    Map<String, MappingRecord> pairMappings =
        nextMappings.computeIfAbsent(batch.pair(), k -> new HashMap<>());
    batch.removedCrmIds().forEach(pairMappings::remove);
    batch.upserts().forEach(m -> pairMappings.put(m.crmId(), m));
    long exchangeIds =
        pairMappings.values().stream().map(MappingRecord::exchangeId).distinct().count();
    if (exchangeIds != pairMappings.size()) {
      throw new IllegalStateException("Two mappings of " + batch.pair() + " share an Exchange id");
    }
    Map<PairKey, PairCursor> nextCursors = new HashMap<>(cursors);
    if (batch.cursor() != null) {
      nextCursors.put(batch.pair(), batch.cursor());
    }
    mappings = nextMappings;
    cursors = nextCursors;
    conflicts.addAll(batch.conflicts());
    tombstones.addAll(batch.tombstones());
    alerts.addAll(batch.alerts());
    settledOverrides.addAll(batch.overrides());
    batch
        .overrides()
        .forEach(
            settled ->
                pendingOverrides
                    .getOrDefault(batch.pair(), new ArrayList<>())
                    .removeIf(r -> r.conflictId() == settled.conflictId()));
    events.addAll(batch.events());
    committed.add(batch);
  }
}
