package org.exsync.application.sync;

import java.util.List;
import java.util.Objects;
import org.exsync.engine.store.Batch;
import org.exsync.engine.store.MappingRecord;
import org.exsync.engine.store.OverrideRequest;
import org.exsync.engine.store.PairCursor;
import org.exsync.engine.store.PairKey;
import org.exsync.engine.store.SyncStore;

/** The engine's {@link SyncStore} for one run, each call a transaction of its own. */
final class DatabaseSyncStore implements SyncStore {

  private final StoredPairs stored;

  DatabaseSyncStore(StoredPairs stored) {
    this.stored = Objects.requireNonNull(stored, "stored");
  }

  @Override
  public List<MappingRecord> mappings(PairKey pair) {
    return stored.mappings(pair);
  }

  @Override
  public PairCursor cursor(PairKey pair) {
    return stored.cursor(pair);
  }

  @Override
  public List<OverrideRequest> overrides(PairKey pair) {
    return stored.overrides(pair);
  }

  @Override
  public void commit(Batch batch) {
    stored.commit(batch);
  }
}
