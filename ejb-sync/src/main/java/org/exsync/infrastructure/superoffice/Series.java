package org.exsync.infrastructure.superoffice;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.Occurrence;
import org.exsync.engine.item.Recurrence;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.Outcome;
import org.exsync.engine.port.WriteReceipt;
import org.exsync.infrastructure.superoffice.wire.AppointmentJson;
import org.exsync.infrastructure.superoffice.wire.Entities;
import org.exsync.infrastructure.superoffice.wire.OccurrenceRow;
import org.exsync.infrastructure.superoffice.wire.PatternDates;
import org.exsync.infrastructure.superoffice.wire.RecurrenceJson;
import org.exsync.infrastructure.superoffice.wire.SeriesAssembler;
import org.exsync.infrastructure.superoffice.wire.WireTimes;

/**
 * Recurring diary appointments as SuperOffice stores them: a row per occurrence under one
 * recurrence rule. A series is created in one POST with its {@code Recurrence} and the dates to
 * make rows for (cancelled ones left out); modified occurrences are then written to their rows. An
 * update that keeps the rule changes, deletes or keeps each row; one that changes the rule makes
 * the series anew, under a new id.
 */
final class Series {

  private static final String ROW_COLUMNS = "appointmentId,date,endDate,title,location,updatedDate";

  private final Items items;
  private final ODataLister lister;

  Series(Items items, ODataLister lister) {
    this.items = items;
    this.lister = lister;
  }

  /** The rows of a series, in date order; empty when it is gone. */
  Outcome<List<OccurrenceRow>> rows(int recurrenceId, ZoneId base) {
    return listing(recurrenceId).map(listing -> rows(listing, base));
  }

  private Outcome<ODataLister.Listing> listing(int recurrenceId) {
    return lister.list("Appointment", ROW_COLUMNS, "recurrenceRuleId eq " + recurrenceId, "date");
  }

  private static List<OccurrenceRow> rows(ODataLister.Listing listing, ZoneId base) {
    return listing.rows().stream().map(row -> row(row, base)).toList();
  }

  private static OccurrenceRow row(JsonObject row, ZoneId base) {
    return new OccurrenceRow(
        Entities.number(row, "appointmentId"),
        WireTimes.local(Entities.text(row, "date"), base),
        WireTimes.local(Entities.text(row, "endDate"), base),
        Entities.text(row, "title"),
        Entities.text(row, "location"),
        WireTimes.utc(Entities.text(row, "updatedDate")));
  }

  /** The series' version is its newest row's stamp, as good as the moment the rows were listed. */
  Outcome<SourceItem> read(int recurrenceId, ZoneId base) {
    return stored(recurrenceId, base).map(Stored::item);
  }

  /** A series as read, and the rows it was read from. */
  private record Stored(SourceItem item, List<OccurrenceRow> rows) {}

  private Outcome<Stored> stored(int recurrenceId, ZoneId base) {
    return listing(recurrenceId)
        .then(
            listing -> {
              List<OccurrenceRow> rows = rows(listing, base);
              if (rows.isEmpty()) {
                return Outcome.failed(
                    Failure.gone("SuperOffice series " + recurrenceId + " has no occurrences"));
              }
              return items
                  .get("Appointment", rows.get(0).id())
                  .then(entity -> assemble(recurrenceId, entity, rows, listing.notBefore(), base))
                  .map(item -> new Stored(item, rows));
            });
  }

  private Outcome<SourceItem> assemble(
      int recurrenceId,
      JsonObject entity,
      List<OccurrenceRow> rows,
      Instant listedNotBefore,
      ZoneId base) {
    try {
      Recurrence rule = RecurrenceJson.read(Entities.object(entity, "Recurrence"));
      AppointmentItem master = AppointmentJson.read(entity, base, null);
      Instant changed = SeriesAssembler.lastChange(rows);
      return Outcome.done(
          new SourceItem(
              CrmIds.series(recurrenceId),
              SyncedVersions.read(WireTimes.utc(changed), listedNotBefore),
              changed,
              SeriesAssembler.assemble(master, rule, rows, base)));
    } catch (IllegalArgumentException e) {
      return Outcome.failed(
          Failure.rejected(
              "SuperOffice series " + recurrenceId + " cannot be read: " + e.getMessage()));
    }
  }

  Outcome<WriteReceipt> create(AppointmentItem item, int associateId, ZoneId base) {
    Recurrence rule = item.recurrence();
    List<LocalDate> planned = PatternDates.of(rule);
    List<LocalDate> kept = planned.stream().filter(d -> !rule.deleted().contains(d)).toList();
    if (kept.isEmpty()) {
      return Outcome.failed(
          Failure.rejected("Series '" + item.subject() + "' has no occurrence left"));
    }
    JsonObject body;
    try {
      body =
          AppointmentJson.write(item, associateId, base)
              .add("Recurrence", RecurrenceJson.write(rule, kept))
              .build();
    } catch (IllegalArgumentException e) {
      return Outcome.failed(Failure.rejected(e.getMessage()));
    }
    return items
        .save("Appointment", 0, null, body)
        .then(
            first -> {
              int recurrenceId =
                  Entities.number(Entities.object(first, "Recurrence"), "RecurrenceId");
              return writeOccurrences(recurrenceId, item, associateId, base, null);
            });
  }

  /**
   * Brings every row in line with the item's occurrences under an unchanged rule; makes the series
   * anew when its rule changed or a cancelled occurrence came back.
   */
  Outcome<WriteReceipt> update(
      int recurrenceId, String version, AppointmentItem item, int associateId, ZoneId base) {
    Outcome<Stored> current = stored(recurrenceId, base);
    if (!current.isDone()) {
      return Outcome.failed(current.failure().orElseThrow());
    }
    if (changedSince(current.value().item(), version)) {
      return Outcome.failed(conflict(recurrenceId));
    }
    AppointmentItem stored = (AppointmentItem) current.value().item().content();
    boolean sameRule =
        ruleOnly(stored.recurrence())
                .contentHash()
                .equals(ruleOnly(item.recurrence()).contentHash())
            && stored.allDay() == item.allDay()
            && item.recurrence().deleted().containsAll(stored.recurrence().deleted());
    if (!sameRule) {
      return delete(recurrenceId, version, base).then(gone -> create(item, associateId, base));
    }
    return writeRows(recurrenceId, item, associateId, base, version, current.value().rows());
  }

  Outcome<String> delete(int recurrenceId, String version, ZoneId base) {
    Outcome<List<OccurrenceRow>> rows = rows(recurrenceId, base);
    if (!rows.isDone()) {
      return Outcome.failed(rows.failure().orElseThrow());
    }
    if (rows.value().isEmpty()) {
      return Outcome.failed(
          Failure.gone("SuperOffice series " + recurrenceId + " is gone already"));
    }
    if (version != null
        && SeriesAssembler.lastChange(rows.value()).isAfter(SyncedVersions.instant(version))) {
      return Outcome.failed(conflict(recurrenceId));
    }
    for (OccurrenceRow row : rows.value()) {
      var deleted = items.delete("Appointment", row.id(), version);
      if (!deleted.isDone()
          && deleted.failure().orElseThrow().kind() != org.exsync.engine.port.FailureKind.GONE) {
        return Outcome.failed(deleted.failure().orElseThrow());
      }
    }
    return Outcome.done(CrmIds.series(recurrenceId));
  }

  /** Writes each row that differs from what the item says of its date; deletes cancelled ones. */
  private Outcome<WriteReceipt> writeOccurrences(
      int recurrenceId, AppointmentItem item, int associateId, ZoneId base, String version) {
    Outcome<List<OccurrenceRow>> listed = rows(recurrenceId, base);
    if (!listed.isDone()) {
      return Outcome.failed(listed.failure().orElseThrow());
    }
    return writeRows(recurrenceId, item, associateId, base, version, listed.value());
  }

  /**
   * The receipt's version is the newest stamp among the rows the writes answered with and the rows
   * left as listed, rather than a list of the rows afterwards: that list would cost a request, and
   * would take an edit made meanwhile to a row Exsync did not write for part of what it wrote.
   */
  private Outcome<WriteReceipt> writeRows(
      int recurrenceId,
      AppointmentItem item,
      int associateId,
      ZoneId base,
      String version,
      List<OccurrenceRow> listed) {
    Recurrence rule = item.recurrence();
    List<LocalDate> planned = PatternDates.of(rule);
    Map<LocalDate, OccurrenceRow> byDate = SeriesAssembler.byPlannedDate(planned, listed);
    Map<LocalDate, Occurrence> modified = new java.util.HashMap<>();
    rule.modified().forEach(o -> modified.put(o.originalDate(), o));
    Map<Integer, Instant> stamps = new java.util.HashMap<>();
    listed.forEach(row -> stamps.put(row.id(), row.updated()));
    for (LocalDate date : planned) {
      OccurrenceRow row = byDate.get(date);
      if (row == null) {
        if (!rule.deleted().contains(date)) {
          return delete(recurrenceId, version, base).then(gone -> create(item, associateId, base));
        }
        continue;
      }
      if (rule.deleted().contains(date)) {
        var deleted = items.delete("Appointment", row.id(), version);
        if (!deleted.isDone()) {
          return Outcome.failed(deleted.failure().orElseThrow());
        }
        stamps.remove(row.id());
        continue;
      }
      Outcome<JsonObject> written =
          items.save(
              "Appointment",
              row.id(),
              version,
              AppointmentJson.write(occurrence(item, date, modified.get(date)), associateId, base)
                  .build());
      if (!written.isDone()) {
        return Outcome.failed(written.failure().orElseThrow());
      }
      stamps.put(row.id(), Entities.lastModified(written.value()));
    }
    Instant changed = stamps.values().stream().max(Instant::compareTo).orElseThrow();
    return Outcome.done(
        new WriteReceipt(
            CrmIds.series(recurrenceId), SyncedVersions.written(WireTimes.utc(changed)), changed));
  }

  /** The single appointment one occurrence is: the series on that date, or as it was modified. */
  private static AppointmentItem occurrence(
      AppointmentItem series, LocalDate date, Occurrence changed) {
    ZoneId zone = series.zone();
    Instant start = series.start().atZone(zone).with(date).toInstant();
    Instant end = start.plus(java.time.Duration.between(series.start(), series.end()));
    if (series.allDay()) {
      start = date.atStartOfDay(zone).toInstant();
      end =
          date.plusDays(series.endDate().toEpochDay() - series.startDate().toEpochDay())
              .atStartOfDay(zone)
              .toInstant();
    }
    return new AppointmentItem(
        changed == null ? series.subject() : changed.subject(),
        series.body(),
        changed == null ? series.location() : changed.location(),
        changed == null ? start : changed.start(),
        changed == null ? end : changed.end(),
        zone,
        series.allDay(),
        series.showAs(),
        series.isPrivate(),
        series.reminderMinutes(),
        series.categories(),
        series.organizer(),
        series.attendees(),
        null);
  }

  private static Recurrence ruleOnly(Recurrence rule) {
    return SeriesAssembler.withExceptions(rule, List.of(), null);
  }

  private static boolean changedSince(SourceItem current, String version) {
    return version != null
        && !Objects.equals(version, current.version())
        && current.lastModified().isAfter(SyncedVersions.instant(version));
  }

  private static Failure conflict(int recurrenceId) {
    return Failure.conflict(
        "SuperOffice series " + recurrenceId + " changed since it was read; read it again");
  }
}
