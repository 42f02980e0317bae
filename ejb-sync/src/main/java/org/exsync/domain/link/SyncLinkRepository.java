package org.exsync.domain.link;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.exsync.domain.associate.Associate;
import org.exsync.domain.mailbox.Mailbox;
import org.exsync.domain.rank.Rank;

/** The sync links. */
public interface SyncLinkRepository {

  Optional<SyncLink> findById(long id);

  /** The associate's link; an associate has at most one. */
  Optional<SyncLink> findByAssociate(Associate associate);

  List<SyncLink> listByMailbox(Mailbox mailbox);

  List<SyncLink> listAll();

  /**
   * Links of the rank that a tick at now may claim (see {@link SyncLink#isDueAt}), longest waiting
   * first, at most max of them.
   */
  List<SyncLink> listDue(Rank rank, Instant now, int max);

  /**
   * Stores a new link.
   *
   * @throws org.exsync.domain.DuplicateEntityException if the associate is linked already
   */
  void add(SyncLink link);

  /** Unlinks: removes the link together with its item mappings, cursors and run history. */
  void remove(SyncLink link);
}
