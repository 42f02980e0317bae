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

  /** One page of a link's runs, newest first: at most max of them from the first'th on. */
  List<SyncRun> listByLink(long linkId, int first, int max);

  long countByLink(long linkId);

  /** The figures of every hour since the given one in which a run started, oldest first. */
  List<RunHour> figuresByHour(Instant sinceHour);

  /** The links whose finished runs since then took longest, the longest run first. */
  List<LinkRunTimes> slowestLinks(Instant since, int max);

  /**
   * The links with the most throttled runs since then, the most first; of links throttled as often,
   * the one throttled last comes first, so that a mailbox throttled now is not pushed out of a
   * short list by ones throttled hours ago.
   */
  List<LinkThrottling> mostThrottledLinks(Instant since, int max);

  /** The latest runs of all links, newest first, at most max of them. */
  List<SyncRun> listRecent(int max);

  /**
   * Runs still marked RUNNING that started before the given moment: left behind by an instance that
   * stopped, so they can be closed as failed.
   */
  List<SyncRun> listRunningStartedBefore(Instant before);

  void add(SyncRun run);
}
