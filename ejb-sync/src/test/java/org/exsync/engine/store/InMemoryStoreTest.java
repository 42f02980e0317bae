package org.exsync.engine.store;

import org.exsync.engine.sides.InMemoryStore;

class InMemoryStoreTest extends SyncStoreContract {

  @Override
  protected SyncStore emptyStore() {
    return new InMemoryStore();
  }
}
