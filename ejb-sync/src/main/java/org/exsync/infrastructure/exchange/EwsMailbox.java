package org.exsync.infrastructure.exchange;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.CanonicalItem;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.port.ChangePage;
import org.exsync.engine.port.ExchangeMailbox;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.FolderRef;
import org.exsync.engine.port.FolderRemoval;
import org.exsync.engine.port.ItemRef;
import org.exsync.engine.port.ItemResults;
import org.exsync.engine.port.ItemUpdate;
import org.exsync.engine.port.Outcome;
import org.exsync.engine.port.WriteReceipt;

/**
 * One open mailbox over EWS, for one job on one thread. Everything it answers is an {@link
 * Outcome}; an unexpected exception becomes a TRANSIENT failure here, logged with its stack trace,
 * so that none crosses the port.
 */
final class EwsMailbox implements ExchangeMailbox {

  private static final Logger LOG = Logger.getLogger(EwsMailbox.class.getName());

  private final MailboxConnection connection;
  private final Batches batches;
  private final MailboxFolders folders;
  private final ChangeFeed feed;
  private final ItemLoader loader;
  private final ItemCreator creator;
  private final ItemUpdater updater;
  private final ItemDeleter deleter;
  private boolean closed;

  EwsMailbox(MailboxConnection connection, EwsOptions options) {
    this.connection = connection;
    this.batches = new Batches(options.batchSize());
    this.folders = new MailboxFolders(connection);
    this.loader = new ItemLoader(connection, batches);
    this.feed = new ChangeFeed(connection, loader, options.pageSize());
    SeriesExceptions exceptions = new SeriesExceptions(connection, batches, loader);
    this.creator = new ItemCreator(connection, batches, loader, exceptions);
    this.updater = new ItemUpdater(connection, batches, loader, exceptions);
    this.deleter = new ItemDeleter(connection, batches);
  }

  /** Items per batch now; lower than configured once Exchange asked for smaller batches. */
  int batchSize() {
    return batches.size();
  }

  /** Requests sent in this session, retries included. */
  long requests() {
    return connection.requests();
  }

  @Override
  public Outcome<FolderRef> defaultFolder(ItemKind kind) {
    return guarded("GetFolder", () -> folders.defaultFolder(kind));
  }

  @Override
  public Outcome<FolderRef> contactsFolder(String marker, String displayName) {
    return guarded("FindFolder", () -> folders.contactsFolder(marker, displayName));
  }

  @Override
  public Outcome<FolderRemoval> removeContactsFolder(String marker) {
    return guarded("DeleteFolder", () -> folders.removeContactsFolder(marker));
  }

  @Override
  public Outcome<ChangePage> changes(FolderRef folder, String syncState) {
    return guarded("SyncFolderItems", () -> feed.changes(folder, syncState));
  }

  @Override
  public Outcome<ItemResults<SourceItem>> read(FolderRef folder, List<String> ids) {
    return guarded(
        "GetItem",
        () ->
            Sent.sendValid(ids, EwsMailbox::missingId, valid -> loader.read(folder.kind(), valid)));
  }

  @Override
  public Outcome<ItemResults<WriteReceipt>> create(FolderRef folder, List<CanonicalItem> items) {
    return guarded("CreateItem", () -> creator.create(folder, items).toPort());
  }

  @Override
  public Outcome<ItemResults<WriteReceipt>> update(FolderRef folder, List<ItemUpdate> updates) {
    return guarded(
        "UpdateItem",
        () ->
            Sent.sendValid(
                updates,
                update ->
                    missingId(update.id())
                        .or(
                            () ->
                                update.version() == null || update.version().isBlank()
                                    ? Optional.of(
                                        Failure.rejected(
                                            "An update needs the version it was decided on"))
                                    : Optional.empty()),
                valid -> updater.update(folder, valid)));
  }

  @Override
  public Outcome<ItemResults<String>> delete(FolderRef folder, List<ItemRef> items) {
    return guarded(
        "DeleteItem", () -> Sent.sendValid(items, ref -> missingId(ref.id()), deleter::delete));
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      connection.close();
    }
  }

  private static Optional<Failure> missingId(String id) {
    return id == null || id.isBlank()
        ? Optional.of(Failure.rejected("The Exchange item id is missing"))
        : Optional.empty();
  }

  private <T> Outcome<T> guarded(String operation, Supplier<Outcome<T>> call) {
    if (closed) {
      return Outcome.failed(
          Failure.rejected("The session of " + connection.access().smtpAddress() + " is closed"));
    }
    try {
      return call.get();
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          operation + " on " + connection.access().smtpAddress() + " failed unexpectedly",
          e);
      return Outcome.failed(
          Failure.transientFailure(
              operation + " failed unexpectedly: " + e.getClass().getSimpleName()));
    }
  }
}
