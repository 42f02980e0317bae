package org.exsync.application.scheduling;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.exsync.application.AdminRole;
import org.exsync.domain.link.LinkState;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.link.SyncLinkRepository;

/**
 * The admin's hand on runs: "sync now" for one link or many, pause and resume. "Sync now" makes the
 * links due and, once that is committed, ticks their ranks at once instead of waiting for the
 * timer; the runs are recorded as manual.
 */
@Stateless
@RolesAllowed(AdminRole.NAME)
public class RunControl {

  private static final Logger LOG = Logger.getLogger(RunControl.class.getName());
  static final String PAUSED_BY_ADMIN = "Paused by an administrator";

  @Inject private SyncLinkRepository links;
  @Inject private RankTick tick;
  @Inject private Clock clock;
  @Resource private ManagedExecutorService executor;
  @Resource private TransactionSynchronizationRegistry transaction;

  /** Asks for a run of the link now; a link waiting for a person or an admin stays waiting. */
  public void syncNow(long linkId) {
    syncNow(Set.of(linkId));
  }

  /**
   * Asks for a run of each of the links now.
   *
   * @return how many will run (links paused or waiting for re-authentication will not)
   */
  public int syncNow(Collection<Long> linkIds) {
    Instant now = clock.instant();
    Set<Long> rankIds = new TreeSet<>();
    int coming = 0;
    for (long linkId : new TreeSet<>(linkIds)) {
      SyncLink link = link(linkId);
      link.requestRun(now);
      rankIds.add(link.getRank().getId());
      LinkState state = link.getState();
      if (link.isEnabled()
          && state != LinkState.PAUSED
          && state != LinkState.NEEDS_REAUTHENTICATION) {
        coming++;
      }
    }
    tickAfterCommit(rankIds);
    return coming;
  }

  /** Stops the link's runs until an admin resumes it; a run going now finishes. */
  public void pause(long linkId) {
    SyncLink link = link(linkId);
    if (link.getState() != LinkState.PAUSED) {
      link.pause(PAUSED_BY_ADMIN);
    }
  }

  /** Lets a paused or failed link run again, at once. */
  public void resume(long linkId) {
    SyncLink link = link(linkId);
    LinkState state = link.getState();
    if (state != LinkState.PAUSED && state != LinkState.FAILED) {
      throw new SchedulingRefusal(
          "Link "
              + linkId
              + " is "
              + state
              + "; only a paused or failed link can be resumed"
              + (state == LinkState.NEEDS_REAUTHENTICATION
                  ? " (this one resumes by itself when the user consents again)"
                  : ""));
    }
    link.resume(clock.instant());
    tickAfterCommit(Set.of(link.getRank().getId()));
  }

  private SyncLink link(long linkId) {
    return links.findById(linkId).orElseThrow(() -> new SchedulingRefusal("No link " + linkId));
  }

  private void tickAfterCommit(Set<Long> rankIds) {
    transaction.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
              return;
            }
            for (long rankId : rankIds) {
              try {
                executor.execute(() -> tick.tick(rankId));
              } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Rank " + rankId + " waits for its timer", e);
              }
            }
          }
        });
  }
}
