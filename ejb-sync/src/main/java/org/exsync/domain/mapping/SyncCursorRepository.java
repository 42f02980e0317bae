package org.exsync.domain.mapping;

import java.util.Optional;

/** The cursors of every sync pair. */
public interface SyncCursorRepository {

  Optional<SyncCursor> findByPair(SyncPair pair);

  /**
   * Stores a new cursor.
   *
   * @throws org.exsync.domain.DuplicateEntityException if the pair has one already
   */
  void add(SyncCursor cursor);
}
