package org.exsync.engine;

import org.exsync.engine.store.PairKey;

/**
 * What a run has done so far, told while it runs, so that a long initial sync can be followed. A
 * pair tells how many items need work once its plan is made, then how many more are done after each
 * batch the store committed. Called on the run's own thread; both methods do nothing unless
 * overridden.
 */
public interface SyncProgress {

  /** Tells nobody. */
  SyncProgress NONE = new SyncProgress() {};

  /** The pair's plan is made: this many items need a write or a remembered version. */
  default void planned(PairKey pair, int items) {}

  /** A batch of the pair was committed: this many more items are done. */
  default void committed(PairKey pair, int items) {}
}
