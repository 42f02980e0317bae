package org.exsync.domain.mapping;

import java.util.Optional;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.shared.ItemKind;

/** The cursors of every link and item kind. */
public interface SyncCursorRepository {

  Optional<SyncCursor> findByLinkAndKind(SyncLink link, ItemKind kind);

  /**
   * Stores a new cursor.
   *
   * @throws org.exsync.domain.DuplicateEntityException if the link has one for the kind already
   */
  void add(SyncCursor cursor);
}
