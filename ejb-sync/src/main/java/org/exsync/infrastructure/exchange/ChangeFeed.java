package org.exsync.infrastructure.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.service.SyncFolderItemsScope;
import microsoft.exchange.webservices.data.core.enumeration.sync.ChangeType;
import microsoft.exchange.webservices.data.core.service.item.Appointment;
import microsoft.exchange.webservices.data.core.service.item.Contact;
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.core.service.item.Task;
import microsoft.exchange.webservices.data.property.complex.FolderId;
import microsoft.exchange.webservices.data.sync.ChangeCollection;
import microsoft.exchange.webservices.data.sync.ItemChange;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.port.ChangePage;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.FolderRef;
import org.exsync.engine.port.Outcome;

/**
 * One page of a folder's changes: SyncFolderItems for ids only (up to the page size, at most 512),
 * then the created and changed items read in full in batches. Items of other kinds in the folder
 * (distribution lists among contacts, say) are not Exsync's and are left out. If an item cannot be
 * read for a passing reason, the whole page fails, so the sync state never moves past an unread
 * change; an item that can be read but not translated is listed as unreadable.
 */
final class ChangeFeed {

  private final MailboxConnection connection;
  private final ItemLoader loader;
  private final int pageSize;

  ChangeFeed(MailboxConnection connection, ItemLoader loader, int pageSize) {
    this.connection = connection;
    this.loader = loader;
    this.pageSize = pageSize;
  }

  Outcome<ChangePage> changes(FolderRef folder, String syncState) {
    FolderId id;
    try {
      id = new FolderId(folder.id());
    } catch (Exception e) {
      return Outcome.failed(Failure.rejected("Not an Exchange folder id: " + folder.id()));
    }
    Outcome<ChangeCollection<ItemChange>> page =
        connection.read(
            "SyncFolderItems",
            service ->
                service.syncFolderItems(
                    id,
                    PropertySet.IdOnly,
                    null,
                    pageSize,
                    SyncFolderItemsScope.NormalItems,
                    syncState));
    return page.then(changes -> read(folder.kind(), changes));
  }

  private Outcome<ChangePage> read(ItemKind kind, ChangeCollection<ItemChange> changes) {
    List<String> changedIds = new ArrayList<>();
    List<String> deleted = new ArrayList<>();
    try {
      for (ItemChange change : changes) {
        if (change.getChangeType() == ChangeType.Delete) {
          deleted.add(change.getItemId().getUniqueId());
        } else if ((change.getChangeType() == ChangeType.Create
                || change.getChangeType() == ChangeType.Update)
            && isOfKind(kind, change.getItem())) {
          changedIds.add(change.getItemId().getUniqueId());
        }
      }
    } catch (Exception e) {
      return Outcome.failed(
          Failure.transientFailure("Exchange's changes could not be read: " + e.getMessage()));
    }
    List<SourceItem> changed = new ArrayList<>();
    Map<String, Failure> unreadable = new LinkedHashMap<>();
    Sent<SourceItem> read = loader.read(kind, changedIds);
    for (int i = 0; i < changedIds.size(); i++) {
      Outcome<SourceItem> item = read.outcomes().get(i);
      if (item.isDone()) {
        changed.add(item.value());
        continue;
      }
      Failure failure = item.failure().orElseThrow();
      switch (failure.kind()) {
        case GONE -> deleted.add(changedIds.get(i));
        case REJECTED -> unreadable.put(changedIds.get(i), failure);
        case THROTTLED, TRANSIENT, NEEDS_REAUTHENTICATION, DENIED, CONFLICT -> {
          return Outcome.failed(failure);
        }
      }
    }
    return Outcome.done(
        new ChangePage(
            changed,
            deleted,
            changes.getSyncState(),
            changes.getMoreChangesAvailable(),
            unreadable));
  }

  private static boolean isOfKind(ItemKind kind, Item item) {
    return switch (kind) {
      case DIARY -> item instanceof Appointment;
      case TASK -> item instanceof Task;
      case CONTACT -> item instanceof Contact;
    };
  }
}
