package org.exsync.domain.mapping;

import java.util.List;
import java.util.Optional;

/** What the engine leaves for an admin to look at: conflicts, tombstones and alerts. */
public interface SyncHistoryRepository {

  void add(SyncConflict conflict);

  void add(MappingTombstone tombstone);

  void add(SyncAlert alert);

  Optional<SyncConflict> findConflict(long id);

  /** The latest conflicts, newest first; of one link when linkId is given. */
  List<SyncConflict> recentConflicts(Long linkId, int max);

  /** The conflicts matching the search, newest first, from the first'th on. */
  List<SyncConflict> searchConflicts(ConflictSearch search, int first, int max);

  long countConflicts(ConflictSearch search);

  /** The pair's conflicts whose override a run has yet to apply, oldest request first. */
  List<SyncConflict> requestedOverrides(SyncPair pair);

  /** Why the mappings of a link ended, newest first. */
  List<MappingTombstone> recentTombstones(long linkId, int max);

  /** Alerts no admin has acknowledged yet, newest first. */
  List<SyncAlert> openAlerts();

  Optional<SyncAlert> findAlert(long id);
}
