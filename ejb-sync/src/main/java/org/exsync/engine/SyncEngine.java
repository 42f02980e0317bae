package org.exsync.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.exsync.domain.run.RunOutcome;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.port.CrmScope;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.run.MailboxRemoval;
import org.exsync.engine.run.PairResult;
import org.exsync.engine.run.PairRun;
import org.exsync.engine.run.PairSpec;
import org.exsync.engine.store.PairKey;

/**
 * Keeps one link's items in step: diary, then tasks, then contacts (the associate's own, then one
 * folder per selection), each as its own sync pair. Throttling stops the run with the back-off the
 * scheduler must honour; lost credentials or denied access stop it with the reason; any other
 * failure stays with its pair or item.
 */
public final class SyncEngine {

  /** Items per batch: one request per side and operation, one store commit. */
  public static final int DEFAULT_BATCH_SIZE = 50;

  private final int batchSize;

  public SyncEngine() {
    this(DEFAULT_BATCH_SIZE);
  }

  public SyncEngine(int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
    }
    this.batchSize = batchSize;
  }

  public SyncReport run(SyncJob job) {
    Instant started = job.clock().instant();
    List<PairReport> reports = new ArrayList<>();
    Duration backoff = null;
    Failure stopReason = null;
    for (PairSpec spec : pairs(job.settings())) {
      if (backoff != null || stopReason != null) {
        reports.add(PairReport.notRun(spec.key()));
        continue;
      }
      PairResult result = new PairRun(job, spec, batchSize).run();
      reports.add(result.report());
      if (result.stop() != null) {
        if (result.stop().kind() == FailureKind.THROTTLED) {
          backoff = result.stop().backoff();
        } else {
          stopReason = result.stop();
        }
      }
    }
    return new SyncReport(
        job.settings().linkId(),
        outcome(reports, backoff, stopReason),
        reports,
        backoff,
        stopReason,
        started,
        job.clock().instant());
  }

  /**
   * Deletes from the mailbox of an unlinked user the items Exsync copied there from SuperOffice;
   * the user's own items stay, and SuperOffice is left as it is.
   */
  public RemovalReport remove(SyncJob job) {
    return new MailboxRemoval(job, pairs(job.settings()), batchSize).run();
  }

  private static RunOutcome outcome(List<PairReport> reports, Duration backoff, Failure stop) {
    if (stop != null) {
      return RunOutcome.FAILED;
    }
    if (backoff != null) {
      return RunOutcome.THROTTLED;
    }
    boolean allDone = reports.stream().allMatch(r -> r.status() == PairStatus.COMPLETED);
    return allDone ? RunOutcome.SUCCEEDED : RunOutcome.PARTIAL;
  }

  static List<PairSpec> pairs(LinkSettings settings) {
    List<PairSpec> pairs = new ArrayList<>();
    long link = settings.linkId();
    int associate = settings.associateId();
    if (settings.kinds().contains(ItemKind.DIARY)) {
      pairs.add(
          new PairSpec(
              PairKey.of(link, ItemKind.DIARY),
              CrmScope.diary(associate, settings.window()),
              null,
              null));
    }
    if (settings.kinds().contains(ItemKind.TASK)) {
      pairs.add(
          new PairSpec(
              PairKey.of(link, ItemKind.TASK),
              CrmScope.tasks(associate, settings.window()),
              null,
              null));
    }
    if (settings.kinds().contains(ItemKind.CONTACT)) {
      if (settings.ownContacts()) {
        pairs.add(
            new PairSpec(
                PairKey.of(link, ItemKind.CONTACT), CrmScope.ownContacts(associate), null, null));
      }
      for (SelectionFolder selection : settings.selections()) {
        pairs.add(
            new PairSpec(
                PairKey.selection(link, selection.selectionId()),
                CrmScope.selection(associate, selection.selectionId()),
                selection.marker(),
                selection.displayName()));
      }
    }
    return pairs;
  }
}
