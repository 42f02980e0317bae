package org.exsync.engine.sides;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.CanonicalItem;
import org.exsync.engine.item.CrmBooking;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.plan.ItemWindow;
import org.exsync.engine.port.CrmAssociate;
import org.exsync.engine.port.CrmChanges;
import org.exsync.engine.port.CrmGateway;
import org.exsync.engine.port.CrmScope;
import org.exsync.engine.port.CrmSelection;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.ItemRef;
import org.exsync.engine.port.ItemResults;
import org.exsync.engine.port.ItemUpdate;
import org.exsync.engine.port.Outcome;
import org.exsync.engine.port.WriteReceipt;

/**
 * SuperOffice in memory as the engine sees it: numeric ids, the UpdatedDate as version (an older
 * one is a CONFLICT, as a 412 is), changes listed by UpdatedDate after a watermark within the
 * scope's window, no deletions in lists, and selections whose members the API cannot change.
 */
public final class InMemoryCrm implements CrmGateway {

  private record Stored(SourceItem item, ItemKind kind, int associateId) {}

  private final TestClock clock;
  private final Map<String, Stored> items = new TreeMap<>();
  private final Map<Integer, Set<String>> selections = new HashMap<>();
  private final Map<String, Integer> requests = new HashMap<>();
  public final Faults faults = new Faults();
  private UnaryOperator<CanonicalItem> storage = UnaryOperator.identity();
  private int nextId = 100;

  public InMemoryCrm(TestClock clock) {
    this.clock = clock;
  }

  /** How SuperOffice stores what it is given (its base zone for all-day items, say). */
  public void storesAs(UnaryOperator<CanonicalItem> translation) {
    this.storage = translation;
  }

  // --- what a user does in SuperOffice

  public String userCreates(int associateId, CanonicalItem content) {
    return put(null, content.kind(), associateId, content);
  }

  public void userUpdates(String id, CanonicalItem content) {
    Stored stored = items.get(id);
    put(id, stored.kind(), stored.associateId(), content);
  }

  public void userDeletes(String id) {
    items.remove(id);
    selections.values().forEach(members -> members.remove(id));
    clock.tick();
  }

  public void addToSelection(int selectionId, String personId) {
    selections.computeIfAbsent(selectionId, k -> new TreeSet<>()).add(personId);
  }

  public void removeFromSelection(int selectionId, String personId) {
    selections.getOrDefault(selectionId, new HashSet<>()).remove(personId);
  }

  // --- what tests look at

  public Optional<CanonicalItem> content(String id) {
    return Optional.ofNullable(items.get(id)).map(s -> s.item().content());
  }

  public Map<String, CanonicalItem> contents(ItemKind kind) {
    Map<String, CanonicalItem> contents = new TreeMap<>();
    items.forEach(
        (id, stored) -> {
          if (stored.kind() == kind) {
            contents.put(id, stored.item().content());
          }
        });
    return contents;
  }

  public int writes() {
    return requests.getOrDefault("create", 0)
        + requests.getOrDefault("update", 0)
        + requests.getOrDefault("delete", 0);
  }

  // --- the port

  @Override
  public CanonicalItem asHeld(CanonicalItem item) {
    return storage.apply(item);
  }

  @Override
  public Outcome<List<CrmAssociate>> associates() {
    return Outcome.done(List.of());
  }

  @Override
  public Outcome<ZoneId> baseZone() {
    return Outcome.done(ZoneId.of("Europe/Oslo"));
  }

  @Override
  public Outcome<List<CrmSelection>> selections() {
    List<CrmSelection> all = new ArrayList<>();
    selections.forEach(
        (id, members) -> all.add(new CrmSelection(id, "Selection " + id, members.size())));
    return Outcome.done(all);
  }

  @Override
  public Outcome<CrmChanges> changes(CrmScope scope, Instant since) {
    return request("changes")
        .map(
            ok -> {
              List<SourceItem> changed =
                  inScope(scope).stream()
                      .filter(item -> since == null || item.lastModified().isAfter(since))
                      .toList();
              Instant watermark =
                  changed.stream()
                      .map(SourceItem::lastModified)
                      .max(Instant::compareTo)
                      .orElse(since);
              return new CrmChanges(changed, watermark == null ? clock.instant() : watermark);
            });
  }

  @Override
  public Outcome<Set<String>> presentIds(CrmScope scope) {
    return request("presentIds")
        .map(ok -> new TreeSet<>(inScope(scope).stream().map(SourceItem::id).toList()));
  }

  @Override
  public Outcome<ItemResults<SourceItem>> read(ItemKind kind, List<String> ids) {
    return request("read")
        .map(
            ok ->
                new ItemResults<>(
                    ids.stream()
                        .map(
                            id ->
                                faults
                                    .id(id)
                                    .<Outcome<SourceItem>>map(Outcome::failed)
                                    .orElseGet(
                                        () ->
                                            Optional.ofNullable(items.get(id))
                                                .filter(s -> s.kind() == kind)
                                                .map(s -> Outcome.done(s.item()))
                                                .orElse(
                                                    Outcome.failed(Failure.gone(id + " is gone")))))
                        .toList()));
  }

  @Override
  public Outcome<ItemResults<WriteReceipt>> create(CrmScope scope, List<CanonicalItem> contents) {
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
                                            Outcome.done(
                                                receipt(
                                                    put(
                                                        null,
                                                        scope.kind(),
                                                        scope.associateId(),
                                                        withBooking(content, null))))))
                        .toList()));
  }

  @Override
  public Outcome<ItemResults<WriteReceipt>> update(ItemKind kind, List<ItemUpdate> updates) {
    return request("update")
        .map(ok -> new ItemResults<>(updates.stream().map(this::update).toList()));
  }

  @Override
  public Outcome<ItemResults<String>> delete(ItemKind kind, List<ItemRef> refs) {
    return request("delete").map(ok -> new ItemResults<>(refs.stream().map(this::delete).toList()));
  }

  // --- inside

  private Outcome<Boolean> request(String operation) {
    requests.merge(operation, 1, Integer::sum);
    return faults
        .request(operation)
        .<Outcome<Boolean>>map(Outcome::failed)
        .orElse(Outcome.done(true));
  }

  private List<SourceItem> inScope(CrmScope scope) {
    return items.values().stream()
        .filter(s -> s.kind() == scope.kind())
        .filter(
            s ->
                scope.selectionId() != null
                    ? selections.getOrDefault(scope.selectionId(), Set.of()).contains(s.item().id())
                    : s.associateId() == scope.associateId())
        .filter(s -> ItemWindow.contains(scope.window(), s.item().content()))
        .map(Stored::item)
        .toList();
  }

  private Outcome<WriteReceipt> update(ItemUpdate update) {
    Optional<Failure> fault = faults.id(update.id()).or(() -> faults.item(update.content()));
    if (fault.isPresent()) {
      return Outcome.failed(fault.get());
    }
    Stored stored = items.get(update.id());
    if (stored == null) {
      return Outcome.failed(Failure.gone(update.id() + " is gone"));
    }
    if (!stored.item().version().equals(update.version())) {
      return Outcome.failed(Failure.conflict("Changed in SuperOffice since " + update.version()));
    }
    return Outcome.done(
        receipt(
            put(
                update.id(),
                stored.kind(),
                stored.associateId(),
                withBooking(update.content(), stored.item().content()))));
  }

  /**
   * Exsync's writes neither make nor unmake a booking: SuperOffice keeps a booking's participants
   * when its mother appointment is saved without them, and a new item Exsync saves has none.
   */
  private static CanonicalItem withBooking(CanonicalItem written, CanonicalItem held) {
    if (written instanceof AppointmentItem appointment) {
      return appointment.withCrmBooking(
          held instanceof AppointmentItem was ? was.crmBooking() : CrmBooking.NONE);
    }
    return written;
  }

  private Outcome<String> delete(ItemRef ref) {
    Optional<Failure> fault = faults.id(ref.id());
    if (fault.isPresent()) {
      return Outcome.failed(fault.get());
    }
    Stored stored = items.get(ref.id());
    if (stored == null) {
      return Outcome.failed(Failure.gone(ref.id() + " is gone"));
    }
    if (ref.version() != null && !ref.version().equals(stored.item().version())) {
      return Outcome.failed(Failure.conflict("Changed in SuperOffice since " + ref.version()));
    }
    userDeletes(ref.id());
    return Outcome.done(ref.id());
  }

  private WriteReceipt receipt(String id) {
    SourceItem item = items.get(id).item();
    return new WriteReceipt(id, item.version(), item.lastModified());
  }

  private String put(String id, ItemKind kind, int associateId, CanonicalItem content) {
    String itemId = id == null ? String.valueOf(nextId++) : id;
    Instant updated = clock.tick();
    items.put(
        itemId,
        new Stored(
            new SourceItem(itemId, updated.toString(), updated, storage.apply(content)),
            kind,
            associateId));
    return itemId;
  }
}
