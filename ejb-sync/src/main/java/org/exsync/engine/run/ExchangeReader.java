package org.exsync.engine.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exsync.domain.run.Side;
import org.exsync.engine.ItemFailure;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.port.ChangePage;
import org.exsync.engine.port.ExchangeMailbox;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.port.FolderRef;
import org.exsync.engine.port.ItemResults;
import org.exsync.engine.port.Outcome;
import org.exsync.engine.port.SyncWindow;
import org.exsync.engine.store.PairCursor;

/**
 * Reads a folder's changes since the cursor, page by page, and reads again the items whose last
 * change failed. When the window now reaches beyond what the sync state covered, the folder is read
 * from the start (items that moved into the window are not changes to Exchange); mapped items the
 * full read did not list are then checked one by one, since a full read reports no deletions.
 */
final class ExchangeReader {

  /** How far the window may move before the folder is read again from the start. */
  static final Duration WINDOW_SLACK = Duration.ofDays(1);

  final Map<String, SourceItem> changed = new HashMap<>();
  final Set<String> deleted = new HashSet<>();
  final List<ItemFailure> skipped = new ArrayList<>();
  final List<ItemFailure> failures = new ArrayList<>();
  final Set<String> retries = new HashSet<>();
  String syncState;
  SyncWindow coveredWindow;

  /** The folder was read from the start, listing every item rather than the changes. */
  boolean fullRead;

  /** The folder was read for the first time. */
  boolean firstRead;

  private final ExchangeMailbox mailbox;
  private final FolderRef folder;

  ExchangeReader(ExchangeMailbox mailbox, FolderRef folder) {
    this.mailbox = mailbox;
    this.folder = folder;
  }

  /** Reads everything; a failed outcome means the pair cannot go on. */
  Outcome<Void> read(PairCursor cursor, SyncWindow window, Set<String> mappedIds) {
    fullRead = needsFullRead(cursor, window);
    firstRead = cursor.exchangeSyncState() == null;
    syncState = fullRead ? null : cursor.exchangeSyncState();
    coveredWindow = fullRead ? window : cursor.window();
    boolean more = true;
    while (more) {
      Outcome<ChangePage> page = mailbox.changes(folder, syncState);
      if (!page.isDone()) {
        return Outcome.failed(page.failure().orElseThrow());
      }
      take(page.value());
      more = page.value().moreAvailable();
    }
    Set<String> check = new HashSet<>(cursor.exchangeRetries());
    if (fullRead) {
      check.addAll(mappedIds);
    }
    check.removeAll(changed.keySet());
    check.removeAll(deleted);
    check.removeAll(skippedIds());
    return reread(List.copyOf(new java.util.TreeSet<>(check)));
  }

  private static boolean needsFullRead(PairCursor cursor, SyncWindow window) {
    if (cursor.exchangeSyncState() == null || window == null) {
      return cursor.exchangeSyncState() == null;
    }
    SyncWindow covered = cursor.window();
    return covered == null
        || window.from().isBefore(covered.from())
        || window.to().isAfter(covered.to().plus(WINDOW_SLACK));
  }

  private void take(ChangePage page) {
    for (SourceItem item : page.changed()) {
      deleted.remove(item.id());
      changed.put(item.id(), item);
    }
    for (String id : page.deletedIds()) {
      changed.remove(id);
      deleted.add(id);
    }
    page.unreadable()
        .forEach((id, failure) -> skipped.add(new ItemFailure(Side.EXCHANGE, id, "", failure)));
    syncState = page.syncState();
  }

  private Set<String> skippedIds() {
    Set<String> ids = new HashSet<>();
    skipped.forEach(s -> ids.add(s.itemId()));
    return ids;
  }

  private Outcome<Void> reread(List<String> ids) {
    if (ids.isEmpty()) {
      return Outcome.done(null);
    }
    Outcome<ItemResults<SourceItem>> read = mailbox.read(folder, ids);
    if (!read.isDone()) {
      Failure failure = read.failure().orElseThrow();
      if (Stops.isStop(failure)) {
        return Outcome.failed(failure);
      }
      read = Outcome.done(ItemResults.allFailed(ids.size(), failure));
    }
    for (int i = 0; i < ids.size(); i++) {
      Outcome<SourceItem> item = read.value().get(i);
      if (item.isDone()) {
        changed.put(ids.get(i), item.value());
      } else if (item.failure().orElseThrow().kind() == FailureKind.GONE) {
        deleted.add(ids.get(i));
      } else {
        failures.add(new ItemFailure(Side.EXCHANGE, ids.get(i), "", item.failure().orElseThrow()));
        retries.add(ids.get(i));
      }
    }
    return Outcome.done(null);
  }
}
