package org.exsync.domain.run;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.exsync.domain.link.SyncLink;

/** The history of sync runs. */
public interface SyncRunRepository {

  Optional<SyncRun> findById(long id);

  /** A link's latest runs, newest first, at most max of them. */
  List<SyncRun> listByLink(SyncLink link, int max);

  /** The latest runs of all links, newest first, at most max of them. */
  List<SyncRun> listRecent(int max);

  /**
   * Runs still marked RUNNING that started before the given moment: left behind by an instance that
   * stopped, so they can be closed as failed.
   */
  List<SyncRun> listRunningStartedBefore(Instant before);

  void add(SyncRun run);
}
