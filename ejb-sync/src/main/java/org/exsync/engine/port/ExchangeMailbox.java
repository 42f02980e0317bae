package org.exsync.engine.port;

import java.util.List;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.CanonicalItem;
import org.exsync.engine.item.SourceItem;

/**
 * One open mailbox, for one job on one thread. Reads and writes go in batches; every method answers
 * an {@link Outcome}: the outer one for the request, the inner ones per item.
 */
public interface ExchangeMailbox extends AutoCloseable {

  /** The well-known folder for diary items (the calendar), tasks or the user's own contacts. */
  Outcome<FolderRef> defaultFolder(ItemKind kind);

  /**
   * Exsync's contacts folder for one selection: found again by its marker (never by its name, which
   * a user may change), created with the display name if missing, never duplicated.
   */
  Outcome<FolderRef> contactsFolder(String marker, String displayName);

  /**
   * Deletes Exsync's contacts folder of a selection, found by its marker, once it holds nothing. A
   * folder without Exsync's marker is never touched, nor one that still holds items or folders (the
   * user's own); none is created.
   */
  Outcome<FolderRemoval> removeContactsFolder(String marker);

  /**
   * One page of changes in the folder since the sync state; null starts from the beginning and
   * reports every item as changed. Loop while {@link ChangePage#moreAvailable()}.
   */
  Outcome<ChangePage> changes(FolderRef folder, String syncState);

  Outcome<ItemResults<SourceItem>> read(FolderRef folder, List<String> ids);

  Outcome<ItemResults<WriteReceipt>> create(FolderRef folder, List<CanonicalItem> items);

  Outcome<ItemResults<WriteReceipt>> update(FolderRef folder, List<ItemUpdate> updates);

  /** Deletes items; each answers its id, or {@link FailureKind#GONE} if it was gone already. */
  Outcome<ItemResults<String>> delete(FolderRef folder, List<ItemRef> items);

  /** Releases the connection; the session cannot be used afterwards. */
  @Override
  void close();
}
