package org.exsync.domain.link;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exsync.domain.rank.Rank;
import org.exsync.domain.run.RunOutcome;

/** What the scheduler asks of the sync links beyond {@link SyncLinkRepository}. */
public interface LinkScheduleRepository {

  /**
   * Due links of the rank with announced changes or an admin's request, longest waiting first, at
   * most max of them.
   */
  List<SyncLink> listDueRequested(Rank rank, Instant now, int max);

  /**
   * Due links of the rank, those that synced longest ago first (never synced: since they were due),
   * at most max of them. A link postponed by a back-off keeps its place, whatever its next run
   * time.
   */
  List<SyncLink> listDueLongestWaiting(Rank rank, Instant now, int max);

  /**
   * The links with these ids, read afresh and locked for update until the transaction ends, in id
   * order so that two claimers never wait for each other in a circle.
   */
  List<SyncLink> lockAll(Collection<Long> ids);

  List<SyncLink> listByRank(Rank rank);

  long countByRank(Rank rank);

  /** How many links of the rank are in each state. */
  Map<LinkState, Long> countByState(Rank rank);

  /** How many links of the rank a tick at now could claim. */
  long countDue(Rank rank, Instant now);

  /** How many runs of the rank's links ended so since the given moment. */
  long countRunsSince(Rank rank, RunOutcome outcome, Instant since);

  /**
   * Moves the lease of those of these links that still run under this owner on to the given moment,
   * without touching anything an admin may be editing; returns how many it moved.
   */
  int renewLeases(Collection<Long> ids, String owner, Instant until);

  /**
   * Ends now the leases of running links whose owner name begins with the lineage and is not the
   * current owner: runs an earlier start of the same server left when it stopped.
   *
   * @return the ranks of those links, each with how many of its links were let go
   */
  Map<Long, Integer> endLeasesOfEarlierStarts(String lineage, String currentOwner, Instant now);

  /** The link of the associate with that SuperOffice id. */
  Optional<SyncLink> findByAssociateCrmId(int crmId);
}
