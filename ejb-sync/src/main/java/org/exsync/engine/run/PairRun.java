package org.exsync.engine.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.exsync.domain.run.Side;
import org.exsync.engine.ItemFailure;
import org.exsync.engine.LinkSettings;
import org.exsync.engine.PairReport;
import org.exsync.engine.PairStatus;
import org.exsync.engine.SideCounts;
import org.exsync.engine.SyncJob;
import org.exsync.engine.plan.Action;
import org.exsync.engine.plan.MassDeleteGuard;
import org.exsync.engine.plan.Observed;
import org.exsync.engine.plan.Plan;
import org.exsync.engine.plan.PlanContext;
import org.exsync.engine.plan.Planner;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.port.FolderRef;
import org.exsync.engine.port.Outcome;
import org.exsync.engine.port.SyncWindow;
import org.exsync.engine.store.Alert;
import org.exsync.engine.store.Batch;
import org.exsync.engine.store.MappingRecord;
import org.exsync.engine.store.OverrideRequest;
import org.exsync.engine.store.PairCursor;

/**
 * Runs one sync pair: read both sides since the cursor, plan, check the mass-delete guard, apply in
 * batches and commit each. The cursor moves only with the last batch, after every change read was
 * applied or set aside for a retry, so a crash at any point repeats work but loses none.
 */
public final class PairRun {

  private final SyncJob job;
  private final PairSpec spec;
  private final int batchSize;

  public PairRun(SyncJob job, PairSpec spec, int batchSize) {
    this.job = job;
    this.spec = spec;
    this.batchSize = batchSize;
  }

  public PairResult run() {
    List<MappingRecord> mappings = job.store().mappings(spec.key());
    PairCursor cursor = job.store().cursor(spec.key());
    Outcome<FolderRef> folder = folder();
    if (!folder.isDone()) {
      return failed(folder.failure().orElseThrow(), Side.EXCHANGE);
    }
    SyncWindow window = spec.scope().window();
    ExchangeReader exchange = new ExchangeReader(job.mailbox(), folder.value());
    Outcome<Void> exchangeRead = exchange.read(cursor, window, exchangeIds(mappings));
    if (!exchangeRead.isDone()) {
      return failed(exchangeRead.failure().orElseThrow(), Side.EXCHANGE);
    }
    CrmReader crm = new CrmReader(job.crm(), spec.scope());
    Outcome<Void> crmRead = crm.read(cursor, crmVersions(mappings));
    if (!crmRead.isDone()) {
      return failed(crmRead.failure().orElseThrow(), Side.CRM);
    }
    Observed observed =
        new Observed(crm.changed, crm.deleted, crm.left, exchange.changed, exchange.deleted);
    LinkSettings settings = job.settings();
    Plan plan =
        new Planner(
                new PlanContext(
                    spec.key(), window, settings.mailboxAddress(), settings.bookingPolicy()))
            .plan(mappings, observed);
    Instant now = job.clock().instant();
    Optional<Alert> alert =
        MassDeleteGuard.check(plan, mappings.size(), settings.massDeletePercent(), now);
    if (alert.isPresent()) {
      return stoppedByGuard(alert.get(), plan, exchange, crm);
    }
    Tally tally = new Tally();
    tally.failures.addAll(exchange.failures);
    tally.failures.addAll(crm.failures);
    Set<String> overridden = new HashSet<>();
    List<OverrideRequest> overrides = job.store().overrides(spec.key());
    if (!overrides.isEmpty()) {
      OverrideRun.Applied applied =
          new OverrideRun(job, spec, folder.value()).apply(overrides, plan, tally);
      Optional<Failure> stored = commit(applied.result().toBatch(spec.key(), null));
      Failure stop = stored.orElse(applied.stop());
      if (stop != null) {
        PairStatus status =
            stored.isEmpty() && stop.kind() == FailureKind.THROTTLED
                ? PairStatus.THROTTLED
                : PairStatus.FAILED;
        return result(status, tally, plan, exchange, List.of(), stop);
      }
      overridden.addAll(applied.written());
    }
    List<Action> work =
        plan.actions().stream()
            .filter(PairRun::needsWork)
            .filter(a -> a.mapping() == null || !overridden.contains(a.mapping().crmId()))
            .toList();
    job.progress().planned(spec.key(), work.size());
    BatchApplier applier = new BatchApplier(job, spec, folder.value());
    int batches = Math.max(1, (work.size() + batchSize - 1) / batchSize);
    for (int b = 0; b < batches; b++) {
      List<Action> slice = work.subList(b * batchSize, Math.min(work.size(), (b + 1) * batchSize));
      BatchApplier.Applied applied = applier.apply(slice, tally);
      boolean last = b == batches - 1 && applied.stop() == null;
      PairCursor next = last ? nextCursor(cursor, exchange, crm, tally) : null;
      if (last) {
        // What was read but deliberately left alone is recorded with the cursor that passes it.
        applied.result().events.addAll(ItemEvents.read(plan, exchange, crm, now));
      }
      Optional<Failure> stored = commit(applied.result().toBatch(spec.key(), next));
      if (stored.isPresent()) {
        return result(PairStatus.FAILED, tally, plan, exchange, List.of(), stored.get());
      }
      if (applied.stop() != null) {
        PairStatus status =
            applied.stop().kind() == FailureKind.THROTTLED
                ? PairStatus.THROTTLED
                : PairStatus.FAILED;
        return result(status, tally, plan, exchange, List.of(), applied.stop());
      }
      job.progress().committed(spec.key(), slice.size());
    }
    PairStatus status = tally.failures.isEmpty() ? PairStatus.COMPLETED : PairStatus.PARTIAL;
    return result(status, tally, plan, exchange, List.of(), null);
  }

  private Outcome<FolderRef> folder() {
    return spec.folderMarker() == null
        ? job.mailbox().defaultFolder(spec.key().kind())
        : job.mailbox().contactsFolder(spec.folderMarker(), spec.folderName());
  }

  /** NOTHING needs no write, but a version that moved without a content change is remembered. */
  private static boolean needsWork(Action action) {
    return switch (action.decision()) {
      case NOTHING ->
          !action.mapping().crmVersion().equals(action.crmVersion())
              || !action.mapping().exchangeVersion().equals(action.exchangeVersion());
      case CREATE_IN_CRM,
          CREATE_IN_EXCHANGE,
          MATCH,
          UPDATE_CRM,
          UPDATE_EXCHANGE,
          RESOLVE_CONFLICT,
          DELETE_IN_CRM,
          DELETE_IN_EXCHANGE,
          RECREATE_IN_CRM,
          RECREATE_IN_EXCHANGE,
          FORGET,
          UNLINK,
          REMOVE_FROM_FOLDER,
          INCONSISTENT ->
          true;
    };
  }

  private PairCursor nextCursor(
      PairCursor cursor, ExchangeReader exchange, CrmReader crm, Tally tally) {
    Set<String> crmRetries = new HashSet<>(crm.retries);
    crmRetries.addAll(tally.crmRetries);
    Set<String> exchangeRetries = new HashSet<>(exchange.retries);
    exchangeRetries.addAll(tally.exchangeRetries);
    Instant watermark = crm.watermark;
    if (watermark == null
        || (cursor.crmWatermark() != null && watermark.isBefore(cursor.crmWatermark()))) {
      watermark = cursor.crmWatermark();
    }
    return new PairCursor(
        exchange.syncState, watermark, exchange.coveredWindow, crmRetries, exchangeRetries);
  }

  /** Commits a batch; a store that cannot commit stops the run, since nothing can be kept. */
  private Optional<Failure> commit(Batch batch) {
    if (batch.isEmpty()) {
      return Optional.empty();
    }
    try {
      job.store().commit(batch);
      return Optional.empty();
    } catch (RuntimeException storeFailure) {
      return Optional.of(
          Failure.transientFailure(
              "The sync store could not commit a batch of "
                  + spec.key()
                  + ": "
                  + storeFailure.getMessage()));
    }
  }

  private PairResult stoppedByGuard(
      Alert alert, Plan plan, ExchangeReader exchange, CrmReader crm) {
    Optional<Failure> stored =
        commit(
            new Batch(
                spec.key(),
                List.of(),
                Set.of(),
                null,
                List.of(),
                List.of(),
                List.of(alert),
                List.of(),
                ItemEvents.held(plan, alert)));
    Tally tally = new Tally();
    tally.failures.addAll(crm.failures);
    return result(
        PairStatus.MASS_DELETE_STOPPED, tally, plan, exchange, List.of(alert), stored.orElse(null));
  }

  private PairResult failed(Failure failure, Side side) {
    PairStatus status =
        failure.kind() == FailureKind.THROTTLED ? PairStatus.THROTTLED : PairStatus.FAILED;
    List<ItemFailure> failures = List.of(new ItemFailure(side, "", "", failure));
    PairReport report =
        new PairReport(
            spec.key(),
            status,
            SideCounts.NONE,
            SideCounts.NONE,
            0,
            0,
            failures,
            List.of(),
            List.of());
    return new PairResult(report, Stops.isStop(failure) ? failure : null);
  }

  private PairResult result(
      PairStatus status,
      Tally tally,
      Plan plan,
      ExchangeReader exchange,
      List<Alert> alerts,
      Failure stop) {
    List<ItemFailure> failures = new ArrayList<>(tally.failures);
    if (stop != null && status == PairStatus.FAILED) {
      failures.add(new ItemFailure(Side.EXCHANGE, "", "", stop));
    }
    PairReport report =
        new PairReport(
            spec.key(),
            status,
            tally.counts(Side.CRM),
            tally.counts(Side.EXCHANGE),
            tally.conflicts,
            plan.echoes(),
            failures,
            exchange.skipped,
            alerts);
    return new PairResult(report, stop);
  }

  private static Map<String, String> crmVersions(List<MappingRecord> mappings) {
    Map<String, String> versions = new HashMap<>();
    mappings.forEach(m -> versions.put(m.crmId(), m.crmVersion()));
    return versions;
  }

  private static Set<String> exchangeIds(List<MappingRecord> mappings) {
    Set<String> ids = new HashSet<>();
    mappings.forEach(m -> ids.add(m.exchangeId()));
    return ids;
  }
}
