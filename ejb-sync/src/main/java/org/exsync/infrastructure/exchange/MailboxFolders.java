package org.exsync.infrastructure.exchange;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.enumeration.search.FolderTraversal;
import microsoft.exchange.webservices.data.core.enumeration.service.DeleteMode;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceResponseException;
import microsoft.exchange.webservices.data.core.service.folder.ContactsFolder;
import microsoft.exchange.webservices.data.core.service.folder.Folder;
import microsoft.exchange.webservices.data.core.service.schema.FolderSchema;
import microsoft.exchange.webservices.data.property.complex.FolderId;
import microsoft.exchange.webservices.data.property.complex.Mailbox;
import microsoft.exchange.webservices.data.property.definition.PropertyDefinitionBase;
import microsoft.exchange.webservices.data.search.FindFoldersResults;
import microsoft.exchange.webservices.data.search.FolderView;
import microsoft.exchange.webservices.data.search.filter.SearchFilter;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.port.FolderRef;
import org.exsync.engine.port.FolderRemoval;
import org.exsync.engine.port.Outcome;
import org.exsync.infrastructure.exchange.translate.ExsyncProperties;

/**
 * The folders Exsync keeps items in. Well-known folders are named with the mailbox, so the same
 * request works under impersonation and under FullAccess delegation. A selection's contacts folder
 * is found by Exsync's marker anywhere in the mailbox (a user may move or rename it), and created
 * below Contacts when missing; a user's own folder of the same name gets a numbered name beside it.
 * After an unlinking with removal, the folders Exsync created go once they are empty.
 */
final class MailboxFolders {

  private static final int NAME_TRIES = 9;

  private final MailboxConnection connection;
  private final Map<ItemKind, FolderRef> known = new EnumMap<>(ItemKind.class);

  MailboxFolders(MailboxConnection connection) {
    this.connection = connection;
  }

  Outcome<FolderRef> defaultFolder(ItemKind kind) {
    FolderRef cached = known.get(kind);
    if (cached != null) {
      return Outcome.done(cached);
    }
    FolderId id = wellKnown(wellKnownName(kind));
    Outcome<FolderRef> found =
        connection.read(
            "GetFolder",
            service -> {
              Folder folder =
                  Folder.bind(
                      service,
                      id,
                      new PropertySet(BasePropertySet.IdOnly, FolderSchema.DisplayName));
              return new FolderRef(folder.getId().getUniqueId(), kind, folder.getDisplayName());
            });
    found.map(ref -> known.put(kind, ref));
    return found;
  }

  Outcome<FolderRef> contactsFolder(String marker, String displayName) {
    if (marker == null || marker.isBlank()) {
      return Outcome.failed(Failure.rejected("A contacts folder needs a marker to be found again"));
    }
    String name = displayName == null || displayName.isBlank() ? marker : displayName.strip();
    Outcome<Optional<FolderRef>> found = find(marker);
    if (!found.isDone() || found.value().isPresent()) {
      return found.map(Optional::orElseThrow);
    }
    for (int attempt = 1; attempt <= NAME_TRIES; attempt++) {
      String candidate = attempt == 1 ? name : name + " (" + attempt + ")";
      Outcome<Optional<FolderRef>> created = create(marker, candidate);
      if (!created.isDone() || created.value().isPresent()) {
        return created.map(Optional::orElseThrow);
      }
    }
    return Outcome.failed(
        Failure.rejected(
            "The mailbox already has folders named " + name + " up to (" + NAME_TRIES + ")"));
  }

  /**
   * Deletes the folders that carry Exsync's marker and hold nothing. Only a folder Exsync created
   * carries the marker; one that still holds items or folders is the user's to keep. Deleted
   * folders go to Deleted Items, as Exsync's deleted copies do.
   */
  Outcome<FolderRemoval> removeContactsFolder(String marker) {
    if (marker == null || marker.isBlank()) {
      return Outcome.failed(Failure.rejected("A contacts folder needs a marker to be found again"));
    }
    return findAll(marker, FolderSchema.TotalCount, FolderSchema.ChildFolderCount)
        .then(
            marked -> {
              if (marked.isEmpty()) {
                return Outcome.done(FolderRemoval.ABSENT);
              }
              List<Folder> empty = marked.stream().filter(MailboxFolders::isEmpty).toList();
              for (Folder folder : empty) {
                Outcome<Boolean> deleted =
                    connection.call(
                        "DeleteFolder",
                        service -> {
                          folder.delete(DeleteMode.MoveToDeletedItems);
                          return true;
                        });
                if (!deleted.isDone()
                    && deleted.failure().filter(f -> f.kind() == FailureKind.GONE).isEmpty()) {
                  return deleted.map(ok -> FolderRemoval.DELETED);
                }
              }
              return Outcome.done(
                  empty.size() == marked.size()
                      ? FolderRemoval.DELETED
                      : FolderRemoval.KEPT_NOT_EMPTY);
            });
  }

  private Outcome<Optional<FolderRef>> find(String marker) {
    return findAll(marker)
        .map(
            folders ->
                folders.stream()
                    .sorted(Comparator.comparing(MailboxFolders::uniqueId))
                    .findFirst()
                    .map(f -> ref(f)));
  }

  /** Every folder of the mailbox that carries the marker, with the given properties. */
  private Outcome<List<Folder>> findAll(String marker, PropertyDefinitionBase... more) {
    return connection.read(
        "FindFolder",
        service -> {
          FolderView view = new FolderView(10);
          view.setTraversal(FolderTraversal.Deep);
          PropertySet properties =
              new PropertySet(
                  BasePropertySet.IdOnly, FolderSchema.DisplayName, ExsyncProperties.FOLDER_MARKER);
          if (more.length > 0) {
            properties.addRange(List.of(more));
          }
          view.setPropertySet(properties);
          FindFoldersResults results =
              service.findFolders(
                  wellKnown(WellKnownFolderName.MsgFolderRoot),
                  new SearchFilter.IsEqualTo(ExsyncProperties.FOLDER_MARKER, marker),
                  view);
          return List.copyOf(results.getFolders());
        });
  }

  private static boolean isEmpty(Folder folder) {
    try {
      return folder.getTotalCount() == 0 && folder.getChildFolderCount() == 0;
    } catch (Exception e) {
      throw new IllegalStateException("Exchange found a folder without its counts", e);
    }
  }

  /** Creates the folder; empty when the name is taken below Contacts. */
  private Outcome<Optional<FolderRef>> create(String marker, String name) {
    return connection.call(
        "CreateFolder",
        service -> {
          ContactsFolder folder = new ContactsFolder(service);
          folder.setDisplayName(name);
          folder.setExtendedProperty(ExsyncProperties.FOLDER_MARKER, marker);
          try {
            folder.save(wellKnown(WellKnownFolderName.Contacts));
          } catch (ServiceResponseException e) {
            if (e.getErrorCode() == ServiceError.ErrorFolderExists) {
              return Optional.empty();
            }
            throw e;
          }
          return Optional.of(new FolderRef(folder.getId().getUniqueId(), ItemKind.CONTACT, name));
        });
  }

  private FolderId wellKnown(WellKnownFolderName name) {
    try {
      return new FolderId(name, new Mailbox(connection.access().smtpAddress()));
    } catch (Exception e) {
      throw new IllegalStateException("ews-java-api refused a well-known folder id", e);
    }
  }

  private static WellKnownFolderName wellKnownName(ItemKind kind) {
    return switch (kind) {
      case DIARY -> WellKnownFolderName.Calendar;
      case TASK -> WellKnownFolderName.Tasks;
      case CONTACT -> WellKnownFolderName.Contacts;
    };
  }

  private static String uniqueId(Folder folder) {
    try {
      return folder.getId().getUniqueId();
    } catch (Exception e) {
      return "";
    }
  }

  private static FolderRef ref(Folder folder) {
    try {
      return new FolderRef(folder.getId().getUniqueId(), ItemKind.CONTACT, folder.getDisplayName());
    } catch (Exception e) {
      throw new IllegalStateException("Exchange found a folder without id or name", e);
    }
  }
}
