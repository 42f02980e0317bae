package org.exsync.engine.run;

import java.time.Instant;
import java.util.List;
import org.exsync.domain.link.ConflictPolicy;
import org.exsync.engine.SyncJob;
import org.exsync.engine.plan.Action;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.FolderRef;

/**
 * Applies one batch of actions: queues every action's writes, sends them as one request per side
 * and operation, and turns the answers into what the store must keep. One failed item never fails
 * the others.
 */
final class BatchApplier {

  /** A batch's result for the store, and the failure that stopped the pair, or null. */
  record Applied(BatchResult result, Failure stop) {}

  private final SyncJob job;
  private final PairSpec spec;
  private final FolderRef folder;

  BatchApplier(SyncJob job, PairSpec spec, FolderRef folder) {
    this.job = job;
    this.spec = spec;
    this.folder = folder;
  }

  Applied apply(List<Action> actions, Tally tally) {
    Instant now = job.clock().instant();
    ConflictPolicy policy = job.settings().conflictPolicy();
    Writes writes = new Writes();
    List<ActionWork> works = actions.stream().map(a -> new ActionWork(a, now)).toList();
    works.forEach(work -> work.queue(writes, policy, job.crm()::asHeld));
    Failure stop = writes.send(job.crm(), spec.scope(), job.mailbox(), folder).orElse(null);
    BatchResult result = new BatchResult();
    works.forEach(work -> work.finish(result, tally, policy, stop != null));
    return new Applied(result, stop);
  }
}
