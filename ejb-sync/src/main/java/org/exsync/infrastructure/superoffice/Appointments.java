package org.exsync.infrastructure.superoffice;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.CanonicalItem;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.item.TaskItem;
import org.exsync.engine.port.CrmChanges;
import org.exsync.engine.port.CrmScan;
import org.exsync.engine.port.CrmScope;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.port.ItemRef;
import org.exsync.engine.port.ItemUpdate;
import org.exsync.engine.port.Outcome;
import org.exsync.engine.port.SyncWindow;
import org.exsync.engine.port.WriteReceipt;
import org.exsync.infrastructure.superoffice.wire.AppointmentJson;
import org.exsync.infrastructure.superoffice.wire.Entities;
import org.exsync.infrastructure.superoffice.wire.TaskJson;
import org.exsync.infrastructure.superoffice.wire.WireTimes;

/**
 * Diary appointments ({@code inDiary}, raw type 1) and to-dos ({@code inChecklist}, raw type 2) of
 * one associate. Changes are found in the Appointment list by {@code updatedDate} within the sync
 * window; each changed item is then read in full, a series as a whole.
 */
final class Appointments {

  private final Items items;
  private final Series series;
  private final ODataLister lister;
  private final AppointmentBatch batch;

  Appointments(Items items, Series series, ODataLister lister, AppointmentBatch batch) {
    this.items = items;
    this.series = series;
    this.lister = lister;
    this.batch = batch;
  }

  /**
   * The list asks for {@code updatedDate ge} the watermark, not after it: SuperOffice stamps to the
   * second, and a change in the same second as the last one seen must not be lost. An item listed
   * at the version Exsync synced last (a series: its newest row at it) is left out unread.
   *
   * <p>The others are read: the Appointment archive's columns (its provider reference) carry no
   * all-day flag, free/busy, privacy or alarm lead time, which the mapping needs. Single items are
   * read many to a call ({@link AppointmentBatch}); a series is read on its own, its rows listed
   * and its first row's entity for the recurrence rule, which no list carries.
   */
  Outcome<CrmChanges> changes(CrmScope scope, Instant since, ZoneId base, SyncedVersions synced) {
    String filter = scopeFilter(scope, base);
    if (since != null) {
      filter += " and updatedDate ge '" + WireTimes.utc(since) + "'";
    }
    return lister
        .all("Appointment", "appointmentId,updatedDate,recurrenceRuleId", filter, "updatedDate")
        .then(rows -> changes(rows, since, base, synced));
  }

  /**
   * The changes and the ids from one list of the whole scope with each row's stamp: the rows
   * stamped from the watermark on are what the list by {@code updatedDate} would have shown. The
   * list is in id order, which a change made while it is paged does not reorder.
   */
  Outcome<CrmScan> scan(CrmScope scope, Instant since, ZoneId base, SyncedVersions synced) {
    return lister
        .all(
            "Appointment",
            "appointmentId,updatedDate,recurrenceRuleId",
            scopeFilter(scope, base),
            "appointmentId")
        .then(
            rows ->
                changes(SyncedVersions.since(rows, since), since, base, synced)
                    .map(changes -> new CrmScan(changes, AppointmentRows.ids(rows))));
  }

  private Outcome<CrmChanges> changes(
      List<JsonObject> rows, Instant since, ZoneId base, SyncedVersions synced) {
    Instant watermark = since;
    for (JsonObject row : rows) {
      Instant updated = WireTimes.utc(Entities.text(row, "updatedDate"));
      watermark = watermark == null || updated.isAfter(watermark) ? updated : watermark;
    }
    Instant mark = watermark;
    return readAll(AppointmentRows.changedIds(rows, synced), base)
        .map(changed -> new CrmChanges(changed, mark));
  }

  Outcome<Set<String>> presentIds(CrmScope scope, ZoneId base) {
    return lister
        .all(
            "Appointment",
            "appointmentId,recurrenceRuleId",
            scopeFilter(scope, base),
            "appointmentId")
        .map(AppointmentRows::ids);
  }

  /**
   * Changed items that vanished since the list was read are left for the deletion check.
   *
   * @param ids each changed item's newest {@code updatedDate} listed, null when a row had none
   */
  private Outcome<List<SourceItem>> readAll(Map<String, Instant> ids, ZoneId base) {
    Map<Integer, Instant> singles = new LinkedHashMap<>();
    ids.forEach(
        (id, stamp) -> {
          if (stamp != null && CrmIds.seriesOf(id).isEmpty()) {
            singles.put(CrmIds.single(id), stamp);
          }
        });
    Map<Integer, SourceItem> batched = singles.size() > 1 ? batch.read(singles, base) : Map.of();
    List<SourceItem> read = new ArrayList<>();
    for (String id : ids.keySet()) {
      SourceItem listed = CrmIds.seriesOf(id).isEmpty() ? batched.get(CrmIds.single(id)) : null;
      Outcome<SourceItem> item = listed != null ? Outcome.done(listed) : read(id, base);
      if (item.isDone()) {
        read.add(item.value());
      } else if (item.failure().orElseThrow().kind() != FailureKind.GONE) {
        return Outcome.failed(item.failure().orElseThrow());
      }
    }
    return Outcome.done(read);
  }

  Outcome<SourceItem> read(String id, ZoneId base) {
    OptionalInt recurrence = CrmIds.seriesOf(id);
    if (recurrence.isPresent()) {
      return series.read(recurrence.getAsInt(), base);
    }
    return items
        .read("Appointment", CrmIds.single(id))
        .then(
            read -> {
              int rule =
                  Entities.number(Entities.object(read.entity(), "Recurrence"), "RecurrenceId");
              return rule != 0 ? series.read(rule, base) : Items.source(read, base);
            });
  }

  Outcome<WriteReceipt> create(int associateId, CanonicalItem item, ZoneId base) {
    if (item instanceof AppointmentItem appointment && appointment.isRecurring()) {
      return series.create(appointment, associateId, base);
    }
    return body(item, associateId, base)
        .then(body -> items.save("Appointment", 0, null, body))
        .map(Items::receipt);
  }

  Outcome<WriteReceipt> update(ItemUpdate update, ZoneId base) {
    return update(update, base, OptionalInt.empty());
  }

  /**
   * @param scopeOwner the associate whose diary or to-dos the item was listed in, taken as its
   *     owner still when the write is conditional: an item moved to another diary since its version
   *     has a newer stamp, so the write is a conflict rather than a move back; empty to read the
   *     owner
   */
  Outcome<WriteReceipt> update(ItemUpdate update, ZoneId base, OptionalInt scopeOwner) {
    boolean conditional = update.version() != null && !update.version().isBlank();
    OptionalInt owner = conditional ? scopeOwner : OptionalInt.empty();
    OptionalInt recurrence = CrmIds.seriesOf(update.id());
    boolean recurring =
        update.content() instanceof AppointmentItem appointment && appointment.isRecurring();
    if (recurrence.isPresent()) {
      Outcome<Integer> found =
          owner.isPresent()
              ? Outcome.done(owner.getAsInt())
              : ownerOfSeries(recurrence.getAsInt(), base);
      if (!found.isDone()) {
        return Outcome.failed(found.failure().orElseThrow());
      }
      int associateId = found.value();
      if (recurring) {
        return series.update(
            recurrence.getAsInt(),
            update.version(),
            (AppointmentItem) update.content(),
            associateId,
            base);
      }
      return series
          .delete(recurrence.getAsInt(), update.version(), base)
          .then(gone -> create(associateId, update.content(), base));
    }
    int id = CrmIds.single(update.id());
    Outcome<Integer> found =
        owner.isPresent()
            ? Outcome.done(owner.getAsInt())
            : items
                .get("Appointment", id)
                .map(current -> Entities.ref(current, "Associate", "AssociateId"));
    return found.then(
        associateId -> {
          if (recurring) {
            return items
                .delete("Appointment", id, update.version())
                .then(gone -> create(associateId, update.content(), base));
          }
          return body(update.content(), associateId, base)
              .then(body -> items.save("Appointment", id, update.version(), body))
              .map(Items::receipt);
        });
  }

  Outcome<String> delete(ItemRef ref, ZoneId base) {
    OptionalInt recurrence = CrmIds.seriesOf(ref.id());
    if (recurrence.isPresent()) {
      return series.delete(recurrence.getAsInt(), ref.version(), base);
    }
    return items
        .delete("Appointment", CrmIds.single(ref.id()), ref.version())
        .map(reply -> ref.id());
  }

  private Outcome<Integer> ownerOfSeries(int recurrenceId, ZoneId base) {
    return series
        .rows(recurrenceId, base)
        .then(
            rows ->
                rows.isEmpty()
                    ? Outcome.failed(
                        Failure.gone("SuperOffice series " + recurrenceId + " is gone"))
                    : items
                        .get("Appointment", rows.get(0).id())
                        .map(entity -> Entities.ref(entity, "Associate", "AssociateId")));
  }

  private static Outcome<JsonObject> body(CanonicalItem item, int associateId, ZoneId base) {
    try {
      if (item instanceof AppointmentItem appointment) {
        return Outcome.done(AppointmentJson.write(appointment, associateId, base).build());
      }
      if (item instanceof TaskItem task) {
        return Outcome.done(TaskJson.write(task, associateId, base).build());
      }
      return Outcome.failed(Failure.rejected("A " + item.kind() + " item is not an appointment"));
    } catch (IllegalArgumentException e) {
      return Outcome.failed(Failure.rejected(e.getMessage()));
    }
  }

  /** The associate's diary or to-dos touching the window; times in the base zone. */
  private static String scopeFilter(CrmScope scope, ZoneId base) {
    SyncWindow window = scope.window();
    int rawType = scope.kind() == ItemKind.TASK ? 2 : 1;
    return "associateId eq "
        + scope.associateId()
        + " and rawType eq "
        + rawType
        + " and date lt '"
        + WireTimes.diary(window.to(), base)
        + "' and endDate ge '"
        + WireTimes.diary(window.from(), base)
        + "'";
  }
}
