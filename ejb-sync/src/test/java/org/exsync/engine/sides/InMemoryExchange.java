package org.exsync.engine.sides;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.CanonicalItem;
import org.exsync.engine.item.CrmBooking;
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
 * A mailbox in memory that behaves as EWS does for the engine: change keys that move with every
 * write (a stale one is a CONFLICT), sync states that page through a change log, a full listing for
 * a null state, and folders found again by marker.
 */
public final class InMemoryExchange implements ExchangeMailbox {

  private record Stored(SourceItem item, String folderId) {}

  private record Event(long seq, String id, String folderId) {}

  private final TestClock clock;
  private final Map<String, FolderRef> folders = new LinkedHashMap<>();
  private final Map<String, String> markers = new HashMap<>();
  private final Map<String, Stored> items = new TreeMap<>();
  private final List<Event> log = new ArrayList<>();
  private final Map<String, Failure> unreadable = new HashMap<>();
  private final Map<String, Integer> requests = new HashMap<>();
  private final Map<String, Long> createdAt = new HashMap<>();
  public final Faults faults = new Faults();
  private int pageSize = 3;
  private long seq;
  private int nextId = 1;

  public InMemoryExchange(TestClock clock) {
    this.clock = clock;
    for (ItemKind kind : ItemKind.values()) {
      folders.put(kind.name(), new FolderRef(kind.name(), kind, kind.name().toLowerCase()));
    }
  }

  public void pageSize(int size) {
    this.pageSize = size;
  }

  // --- what a user does in Outlook

  public String userCreates(ItemKind kind, CanonicalItem content) {
    return put(null, kind.name(), content);
  }

  public String userCreatesIn(FolderRef folder, CanonicalItem content) {
    return put(null, folder.id(), content);
  }

  public void userUpdates(String id, CanonicalItem content) {
    put(id, items.get(id).folderId(), content);
  }

  public void userDeletes(String id) {
    Stored gone = items.remove(id);
    log.add(new Event(++seq, id, gone.folderId()));
    clock.tick();
  }

  /** The item cannot be read when it is next reported. */
  public void makeUnreadable(String id, Failure failure) {
    unreadable.put(id, failure);
  }

  // --- what tests look at

  public Optional<CanonicalItem> content(String id) {
    return Optional.ofNullable(items.get(id)).map(s -> s.item().content());
  }

  public Map<String, CanonicalItem> folderContents(String folderId) {
    Map<String, CanonicalItem> contents = new TreeMap<>();
    items.forEach(
        (id, stored) -> {
          if (stored.folderId().equals(folderId)) {
            contents.put(id, stored.item().content());
          }
        });
    return contents;
  }

  public Map<String, CanonicalItem> contents(ItemKind kind) {
    return folderContents(kind.name());
  }

  public Set<String> folderIds() {
    return folders.keySet();
  }

  public Optional<String> folderByMarker(String marker) {
    return Optional.ofNullable(markers.get(marker));
  }

  public int writes() {
    return requests.getOrDefault("create", 0)
        + requests.getOrDefault("update", 0)
        + requests.getOrDefault("delete", 0);
  }

  public int requests(String operation) {
    return requests.getOrDefault(operation, 0);
  }

  // --- the port

  @Override
  public Outcome<FolderRef> defaultFolder(ItemKind kind) {
    return request("defaultFolder").map(ok -> folders.get(kind.name()));
  }

  @Override
  public Outcome<FolderRef> contactsFolder(String marker, String displayName) {
    return request("contactsFolder")
        .map(
            ok ->
                folders.get(
                    markers.computeIfAbsent(
                        marker,
                        m -> {
                          String id = "contacts:" + m;
                          folders.put(id, new FolderRef(id, ItemKind.CONTACT, displayName));
                          return id;
                        })));
  }

  @Override
  public Outcome<FolderRemoval> removeContactsFolder(String marker) {
    return request("removeContactsFolder")
        .map(
            ok -> {
              String id = markers.get(marker);
              if (id == null) {
                return FolderRemoval.ABSENT;
              }
              if (!folderContents(id).isEmpty()) {
                return FolderRemoval.KEPT_NOT_EMPTY;
              }
              markers.remove(marker);
              folders.remove(id);
              return FolderRemoval.DELETED;
            });
  }

  @Override
  public Outcome<ChangePage> changes(FolderRef folder, String syncState) {
    return request("changes").then(ok -> Outcome.done(page(folder.id(), syncState)));
  }

  @Override
  public Outcome<ItemResults<SourceItem>> read(FolderRef folder, List<String> ids) {
    return request("read")
        .map(
            ok ->
                new ItemResults<>(
                    ids.stream()
                        .map(
                            id ->
                                inFolder(id, folder)
                                    .map(s -> Outcome.done(s.item()))
                                    .orElse(Outcome.failed(Failure.gone(id + " is gone"))))
                        .toList()));
  }

  @Override
  public Outcome<ItemResults<WriteReceipt>> create(FolderRef folder, List<CanonicalItem> contents) {
    return request("create")
        .map(
            ok ->
                new ItemResults<>(
                    contents.stream()
                        .map(
                            content ->
                                faults
                                    .item(content)
                                    .<Outcome<WriteReceipt>>map(Outcome::failed)
                                    .orElseGet(
                                        () ->
                                            Outcome.done(receipt(put(null, folder.id(), content)))))
                        .toList()));
  }

  @Override
  public Outcome<ItemResults<WriteReceipt>> update(FolderRef folder, List<ItemUpdate> updates) {
    return request("update")
        .map(ok -> new ItemResults<>(updates.stream().map(u -> update(folder, u)).toList()));
  }

  @Override
  public Outcome<ItemResults<String>> delete(FolderRef folder, List<ItemRef> refs) {
    return request("delete")
        .map(ok -> new ItemResults<>(refs.stream().map(r -> delete(folder, r)).toList()));
  }

  @Override
  public void close() {}

  // --- inside

  private Outcome<Boolean> request(String operation) {
    requests.merge(operation, 1, Integer::sum);
    return faults
        .request(operation)
        .<Outcome<Boolean>>map(Outcome::failed)
        .orElse(Outcome.done(true));
  }

  private Outcome<WriteReceipt> update(FolderRef folder, ItemUpdate update) {
    Optional<Failure> fault = faults.id(update.id()).or(() -> faults.item(update.content()));
    if (fault.isPresent()) {
      return Outcome.failed(fault.get());
    }
    Optional<Stored> stored = inFolder(update.id(), folder);
    if (stored.isEmpty()) {
      return Outcome.failed(Failure.gone(update.id() + " is gone"));
    }
    if (update.version() != null && !update.version().equals(stored.get().item().version())) {
      return Outcome.failed(Failure.conflict("ChangeKey " + update.version() + " is stale"));
    }
    return Outcome.done(receipt(put(update.id(), folder.id(), update.content())));
  }

  private Outcome<String> delete(FolderRef folder, ItemRef ref) {
    Optional<Failure> fault = faults.id(ref.id());
    if (fault.isPresent()) {
      return Outcome.failed(fault.get());
    }
    Optional<Stored> stored = inFolder(ref.id(), folder);
    if (stored.isEmpty()) {
      return Outcome.failed(Failure.gone(ref.id() + " is gone"));
    }
    if (ref.version() != null && !ref.version().equals(stored.get().item().version())) {
      return Outcome.failed(Failure.conflict("ChangeKey " + ref.version() + " is stale"));
    }
    userDeletes(ref.id());
    return Outcome.done(ref.id());
  }

  private Optional<Stored> inFolder(String id, FolderRef folder) {
    return Optional.ofNullable(items.get(id)).filter(s -> s.folderId().equals(folder.id()));
  }

  private WriteReceipt receipt(String id) {
    SourceItem item = items.get(id).item();
    return new WriteReceipt(id, item.version(), item.lastModified());
  }

  private String put(String id, String folderId, CanonicalItem content) {
    String itemId = id == null ? "AAMk-" + nextId++ : id;
    long key = ++seq;
    createdAt.putIfAbsent(itemId, key);
    items.put(
        itemId,
        new Stored(new SourceItem(itemId, "ck-" + key, clock.tick(), asHeld(content)), folderId));
    log.add(new Event(key, itemId, folderId));
    return itemId;
  }

  /** Exchange knows nothing of SuperOffice's bookings: a calendar item is no booking there. */
  private static CanonicalItem asHeld(CanonicalItem content) {
    return content instanceof AppointmentItem appointment
        ? appointment.withCrmBooking(CrmBooking.NONE)
        : content;
  }

  private ChangePage page(String folderId, String syncState) {
    if (syncState == null || syncState.startsWith("full:")) {
      return fullPage(folderId, syncState);
    }
    long from = Long.parseLong(syncState);
    Set<String> ids = new LinkedHashSet<>();
    long last = from;
    for (Event event : log) {
      if (event.seq() <= from || !event.folderId().equals(folderId)) {
        continue;
      }
      if (ids.size() == pageSize && !ids.contains(event.id())) {
        break;
      }
      ids.add(event.id());
      last = event.seq();
    }
    long end = last;
    boolean more = log.stream().anyMatch(e -> e.seq() > end && e.folderId().equals(folderId));
    // As EWS: an item created and deleted since the sync state was never there for the client.
    ids.removeIf(id -> !items.containsKey(id) && createdAt.get(id) > from);
    return pageOf(ids, folderId, String.valueOf(more ? last : seq), more);
  }

  private ChangePage fullPage(String folderId, String syncState) {
    String[] parts =
        syncState == null ? new String[] {"full", String.valueOf(seq), "0"} : syncState.split(":");
    long start = Long.parseLong(parts[1]);
    int offset = Integer.parseInt(parts[2]);
    List<String> all = new ArrayList<>(folderContents(folderId).keySet());
    List<String> slice =
        all.subList(Math.min(offset, all.size()), Math.min(offset + pageSize, all.size()));
    boolean more = offset + pageSize < all.size();
    String next = more ? "full:" + start + ":" + (offset + pageSize) : String.valueOf(start);
    return pageOf(
        new LinkedHashSet<>(slice), folderId, next, more || hasEventsAfter(start, folderId));
  }

  private boolean hasEventsAfter(long start, String folderId) {
    return log.stream().anyMatch(e -> e.seq() > start && e.folderId().equals(folderId));
  }

  private ChangePage pageOf(Set<String> ids, String folderId, String state, boolean more) {
    List<SourceItem> changed = new ArrayList<>();
    List<String> deleted = new ArrayList<>();
    Map<String, Failure> cannotRead = new LinkedHashMap<>();
    for (String id : ids) {
      Stored stored = items.get(id);
      if (stored == null || !stored.folderId().equals(folderId)) {
        deleted.add(id);
      } else if (unreadable.containsKey(id)) {
        cannotRead.put(id, unreadable.get(id));
      } else {
        changed.add(stored.item());
      }
    }
    return new ChangePage(changed, deleted, state, more, cannotRead);
  }
}
