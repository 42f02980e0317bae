package org.exsync.engine.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.exsync.domain.mapping.ItemOrigin;
import org.exsync.engine.RemovalReport;
import org.exsync.engine.SyncJob;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.port.FolderRef;
import org.exsync.engine.port.FolderRemoval;
import org.exsync.engine.port.ItemRef;
import org.exsync.engine.port.ItemResults;
import org.exsync.engine.port.Outcome;
import org.exsync.engine.store.Batch;
import org.exsync.engine.store.MappingRecord;
import org.exsync.engine.store.PairCursor;

/**
 * Takes out of an unlinked user's mailbox the items Exsync copied there from SuperOffice, batch by
 * batch, each batch's mappings ending in its own commit, so a crash or a throttling stop loses
 * nothing and the next run goes on where this one stopped. Items that began in the mailbox, and
 * pairs the initial sync matched, are the user's own and stay; SuperOffice is never written. When
 * every copy is gone, the contacts folders Exsync created for selections go too, if empty.
 */
public final class MailboxRemoval {

  private final SyncJob job;
  private final List<PairSpec> pairs;
  private final int batchSize;

  public MailboxRemoval(SyncJob job, List<PairSpec> pairs, int batchSize) {
    this.job = job;
    this.pairs = List.copyOf(pairs);
    this.batchSize = batchSize;
  }

  public RemovalReport run() {
    int removed = 0;
    for (PairSpec spec : pairs) {
      List<MappingRecord> copies = copies(spec);
      if (copies.isEmpty()) {
        continue;
      }
      Outcome<FolderRef> folder = folder(spec);
      if (folder.failure().filter(f -> f.kind() == FailureKind.GONE).isPresent()) {
        // The folder itself is gone, and its items with it.
        commit(spec, copies.stream().map(MappingRecord::crmId).toList());
        removed += copies.size();
        continue;
      }
      if (!folder.isDone()) {
        return RemovalReport.stopped(removed, remaining(), folder.failure());
      }
      for (int from = 0; from < copies.size(); from += batchSize) {
        List<MappingRecord> batch = copies.subList(from, Math.min(copies.size(), from + batchSize));
        Deleted deleted = delete(folder.value(), batch);
        commit(spec, deleted.crmIds());
        removed += deleted.crmIds().size();
        if (deleted.stop().isPresent()) {
          return RemovalReport.stopped(removed, remaining(), deleted.stop());
        }
      }
    }
    int remaining = remaining();
    if (remaining > 0) {
      return RemovalReport.stopped(
          removed,
          remaining,
          Optional.of(
              Failure.rejected(
                  remaining
                      + " items could not be deleted from the mailbox; the next run tries"
                      + " again")));
    }
    return removeFolders(removed);
  }

  /**
   * Once every copy is gone, deletes the contacts folders Exsync created for selections, each found
   * by its marker and only when empty: a folder where the user keeps items of their own stays, and
   * so does every folder Exsync did not create. A stop leaves the rest for the next run.
   */
  private RemovalReport removeFolders(int removed) {
    int deleted = 0;
    List<String> kept = new ArrayList<>();
    for (PairSpec spec : pairs) {
      if (spec.folderMarker() == null) {
        continue;
      }
      Outcome<FolderRemoval> answer = job.mailbox().removeContactsFolder(spec.folderMarker());
      if (!answer.isDone()) {
        return new RemovalReport(removed, 0, deleted, kept, answer.failure());
      }
      switch (answer.value()) {
        case DELETED -> deleted++;
        case KEPT_NOT_EMPTY -> kept.add(spec.folderName());
        case ABSENT -> {}
      }
    }
    return new RemovalReport(removed, 0, deleted, kept, Optional.empty());
  }

  /** The pair's items Exsync created in the mailbox. */
  private List<MappingRecord> copies(PairSpec spec) {
    return job.store().mappings(spec.key()).stream()
        .filter(mapping -> mapping.origin() == ItemOrigin.CRM)
        .toList();
  }

  private int remaining() {
    return pairs.stream().mapToInt(spec -> copies(spec).size()).sum();
  }

  private Outcome<FolderRef> folder(PairSpec spec) {
    return spec.folderMarker() == null
        ? job.mailbox().defaultFolder(spec.key().kind())
        : job.mailbox().contactsFolder(spec.folderMarker(), spec.folderName());
  }

  /** The CRM ids whose mailbox item is gone now, and the failure that stops the run, if any. */
  private record Deleted(List<String> crmIds, Optional<Failure> stop) {}

  private Deleted delete(FolderRef folder, List<MappingRecord> batch) {
    // No version: the user may have edited the copy since, and it goes all the same.
    List<ItemRef> refs =
        batch.stream().map(mapping -> new ItemRef(mapping.exchangeId(), null)).toList();
    Outcome<ItemResults<String>> answer = job.mailbox().delete(folder, refs);
    if (!answer.isDone()) {
      return new Deleted(List.of(), answer.failure());
    }
    List<String> gone = new ArrayList<>();
    Optional<Failure> stop = Optional.empty();
    ItemResults<String> results = answer.value();
    for (int i = 0; i < results.size(); i++) {
      Optional<Failure> failure = results.get(i).failure();
      if (failure.isEmpty() || failure.get().kind() == FailureKind.GONE) {
        gone.add(batch.get(i).crmId());
      } else if (stop.isEmpty() && stopsTheRun(failure.get())) {
        stop = failure;
      }
    }
    return new Deleted(gone, stop);
  }

  private static boolean stopsTheRun(Failure failure) {
    return switch (failure.kind()) {
      case THROTTLED, NEEDS_REAUTHENTICATION, DENIED -> true;
      case TRANSIENT, CONFLICT, GONE, REJECTED -> false;
    };
  }

  private void commit(PairSpec spec, List<String> crmIds) {
    if (crmIds.isEmpty()) {
      return;
    }
    Set<String> removed = new TreeSet<>(crmIds);
    job.store()
        .commit(
            new Batch(
                spec.key(),
                List.of(),
                removed,
                (PairCursor) null,
                List.of(),
                List.of(),
                List.of()));
  }
}
