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

  /** Why the mappings of a link ended, newest first. */
  List<MappingTombstone> recentTombstones(long linkId, int max);

  /** Alerts no admin has acknowledged yet, newest first. */
  List<SyncAlert> openAlerts();

  Optional<SyncAlert> findAlert(long id);
}
