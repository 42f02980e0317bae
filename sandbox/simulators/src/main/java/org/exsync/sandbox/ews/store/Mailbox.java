package org.exsync.sandbox.ews.store;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One user's mailbox. Every change takes the next number of the mailbox's change sequence and gets
 * a new change key; SyncFolderItems reads changes by that sequence. All access goes through {@link
 * #locked}, as a mailbox database serialises writes to one mailbox.
 */
public final class Mailbox {

  private final ReentrantLock lock = new ReentrantLock();
  private final String smtp;
  private final String displayName;
  private final ZoneId zone;
  private final Clock clock;
  private final Map<String, Folder> folders = new LinkedHashMap<>();
  private final Map<String, Folder> distinguished = new LinkedHashMap<>();
  private final Map<String, Item> items = new LinkedHashMap<>();
  private long sequence;
  private long nextLocal;

  Mailbox(String smtp, String displayName, ZoneId zone, Clock clock) {
    this.smtp = smtp;
    this.displayName = displayName;
    this.zone = zone;
    this.clock = clock;
    Folder root = addFolder(null, "Top of Information Store", "IPF.Note", "msgfolderroot");
    addFolder(root.id(), "Calendar", "IPF.Appointment", "calendar");
    addFolder(root.id(), "Contacts", "IPF.Contact", "contacts");
    addFolder(root.id(), "Tasks", "IPF.Task", "tasks");
  }

  public String smtp() {
    return smtp;
  }

  public String displayName() {
    return displayName;
  }

  /** The zone the mailbox owner works in. */
  public ZoneId zone() {
    return zone;
  }

  public Instant now() {
    return clock.instant();
  }

  /** Runs an action with the mailbox to itself. */
  public <T> T locked(Supplier<T> action) {
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }

  private Folder addFolder(
      String parentId, String name, String folderClass, String distinguishedName) {
    String local = distinguishedName != null ? distinguishedName : "f" + (++nextLocal);
    Folder folder =
        new Folder(
            Ids.folder(smtp, local),
            parentId,
            name,
            folderClass,
            distinguishedName,
            nextChangeKey(local));
    folders.put(folder.id(), folder);
    if (distinguishedName != null) {
      distinguished.put(distinguishedName, folder);
    }
    return folder;
  }

  /** A new folder below a parent; empty when the parent already has one of that name. */
  public Optional<Folder> createFolder(String parentId, String name, String folderClass) {
    boolean taken =
        folders.values().stream()
            .anyMatch(f -> parentId.equals(f.parentId()) && f.displayName().equalsIgnoreCase(name));
    return taken ? Optional.empty() : Optional.of(addFolder(parentId, name, folderClass, null));
  }

  /**
   * Removes a folder a client created, with every folder below it and every item in them, as
   * Exchange does for DeleteFolder; the distinguished folders cannot be deleted.
   */
  public void deleteFolder(Folder folder) {
    if (folder.distinguishedName() != null) {
      throw new IllegalArgumentException(
          "The distinguished folder " + folder.distinguishedName() + " cannot be deleted");
    }
    List<Folder> gone = new ArrayList<>(childFolders(folder.id(), true));
    gone.add(folder);
    for (Folder each : gone) {
      itemsIn(each.id()).forEach(item -> items.remove(item.id()));
      folders.remove(each.id());
    }
  }

  public Optional<Folder> folder(String id) {
    return Optional.ofNullable(folders.get(id));
  }

  public Optional<Folder> distinguished(String name) {
    return Optional.ofNullable(distinguished.get(name));
  }

  public List<Folder> childFolders(String parentId, boolean deep) {
    List<Folder> result = new ArrayList<>();
    for (Folder folder : folders.values()) {
      if (parentId.equals(folder.parentId())) {
        result.add(folder);
        if (deep) {
          result.addAll(childFolders(folder.id(), true));
        }
      }
    }
    return result;
  }

  public Optional<Item> item(String id) {
    return Optional.ofNullable(items.get(id));
  }

  /** The items of a folder, oldest first. */
  public List<Item> itemsIn(String folderId) {
    return items.values().stream().filter(i -> i.folderId().equals(folderId)).toList();
  }

  /** Creates an item; {@code fill} sets its properties before it gets its first change key. */
  public Item create(ItemKind kind, String folderId, Consumer<Item> fill) {
    Item item = new Item(smtp, "i" + (++nextLocal), kind, folderId, now(), ++sequence);
    fill.accept(item);
    item.stamp(nextChangeKey(item.local()), sequence, item.created());
    items.put(item.id(), item);
    return item;
  }

  /** Records a change to an item: new change key, new sequence, new last-modified time. */
  public void changed(Item item) {
    item.stamp(nextChangeKey(item.local()), ++sequence, now());
  }

  /** Removes an item and leaves a tombstone for SyncFolderItems. */
  public void delete(Item item) {
    items.remove(item.id());
    folders
        .get(item.folderId())
        .tombstones()
        .put(item.id(), new long[] {item.createdSequence(), ++sequence});
  }

  /** The current change sequence: a sync state taken now has seen everything up to it. */
  public long sequence() {
    return sequence;
  }

  /** Changes of a folder after a sequence number, oldest first, at most {@code max} of them. */
  public SyncChanges changesSince(String folderId, long since, int max) {
    List<SyncChanges.Change> all = new ArrayList<>();
    for (Item item : itemsIn(folderId)) {
      if (item.sequence() > since) {
        SyncChanges.Type type =
            item.createdSequence() > since ? SyncChanges.Type.CREATE : SyncChanges.Type.UPDATE;
        all.add(new SyncChanges.Change(type, item.id(), item, item.sequence()));
      }
    }
    folders
        .get(folderId)
        .tombstones()
        .forEach(
            (id, createdAndDeleted) -> {
              // An item the client never saw is not reported deleted, as Exchange does.
              if (createdAndDeleted[1] > since && createdAndDeleted[0] <= since) {
                all.add(
                    new SyncChanges.Change(
                        SyncChanges.Type.DELETE, id, null, createdAndDeleted[1]));
              }
            });
    all.sort(Comparator.comparingLong(SyncChanges.Change::sequence));
    boolean complete = all.size() <= max;
    List<SyncChanges.Change> page = complete ? all : all.subList(0, max);
    long reached = complete ? sequence : page.get(page.size() - 1).sequence();
    return new SyncChanges(List.copyOf(page), reached, complete);
  }

  private String nextChangeKey(String local) {
    String plain = "CK|" + local + "|" + sequence + "|" + System.nanoTime();
    return "DwAAABYA" + Base64.getEncoder().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }
}
