package org.exsync.infrastructure.superoffice.wire;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.CrmBooking;
import org.exsync.engine.item.Recurrence;
import org.exsync.engine.item.ShowAs;

/**
 * A diary appointment ({@code inDiary}) as {@code AppointmentEntity} and back. Times are wall times
 * in the base zone; a timed item read back carries the zone it was planned in ({@code
 * PreferredTZLocation}), else the base zone. An all-day appointment runs from midnight of its first
 * day to midnight after its last one in the base zone, whatever zone it was planned in, so it
 * covers the same dates; a row stored from another zone's midnights is read as the days those
 * midnights are nearest to. A booking's row says it is one ({@link CrmBooking}); Exsync writes
 * none.
 */
public final class AppointmentJson {

  private AppointmentJson() {}

  public static AppointmentItem read(JsonObject entity, ZoneId base, Recurrence recurrence) {
    boolean allDay = Entities.flag(entity, "IsAlldayEvent");
    Instant start;
    Instant end;
    if (allDay) {
      LocalDate first = nearestMidnight(WireTimes.local(Entities.text(entity, "StartDate"), base));
      LocalDate after = nearestMidnight(WireTimes.local(Entities.text(entity, "EndDate"), base));
      start = first.atStartOfDay(base).toInstant();
      end = (after.isAfter(first) ? after : first.plusDays(1)).atStartOfDay(base).toInstant();
    } else {
      start = WireTimes.diary(Entities.text(entity, "StartDate"), base);
      end = WireTimes.diaryEnd(Entities.text(entity, "EndDate"), base, start);
    }
    return new AppointmentItem(
        Entities.text(entity, "Title"),
        Entities.text(entity, "Description"),
        Entities.text(entity, "Location"),
        start,
        end.isBefore(start) ? start : end,
        allDay ? base : TimeZoneLocations.plannedZone(entity, base),
        allDay,
        Entities.flag(entity, "IsFree") ? ShowAs.FREE : ShowAs.BUSY,
        isPrivate(entity),
        Entities.flag(entity, "HasAlarm")
            ? WireTimes.minutes(Entities.text(entity, "AlarmLeadTime"))
            : null,
        java.util.List.of(),
        "",
        java.util.List.of(),
        recurrence,
        booking(entity));
  }

  /**
   * Whether the row belongs to a booking, by its {@code MotherId}: the row's own id for the mother
   * appointment in the organiser's diary, the mother's id for a participant's row, 0 for an
   * appointment that is no booking. An entity without it is read by its {@code BookingType}.
   */
  static CrmBooking booking(JsonObject entity) {
    int mother = Entities.number(entity, "MotherId");
    if (mother != 0) {
      return mother == Entities.number(entity, "AppointmentId")
          ? CrmBooking.ORGANIZER
          : CrmBooking.PARTICIPANT;
    }
    return switch (Entities.text(entity, "BookingType")) {
      case "Owner" -> CrmBooking.ORGANIZER;
      case "Participant" -> CrmBooking.PARTICIPANT;
      default -> CrmBooking.NONE;
    };
  }

  /**
   * The day whose midnight is nearest. An all-day row planned by a user in another zone than the
   * base zone runs from that zone's midnight, which in base wall time lies hours before or after
   * the base zone's (a Tokyo user's day starts at 16:00 or 17:00 the day before in Oslo, a New York
   * user's at 06:00); an end inside the last day (23:59) means the midnight after it. Zones are
   * less than twelve hours apart, so the nearest midnight is the day the user meant.
   */
  static LocalDate nearestMidnight(LocalDateTime time) {
    return time.toLocalTime().isBefore(LocalTime.NOON)
        ? time.toLocalDate()
        : time.toLocalDate().plusDays(1);
  }

  /**
   * The entity to save: everything Exsync keeps in step, the owner, the type; no recurrence (a
   * series is written by {@link RecurrenceJson}).
   */
  public static JsonObjectBuilder write(AppointmentItem item, int associateId, ZoneId base) {
    String start;
    String end;
    if (item.allDay()) {
      start = WireTimes.format(item.startDate().atStartOfDay());
      end = WireTimes.format(item.endDate().atStartOfDay());
    } else {
      start = WireTimes.diary(item.start(), base);
      end = WireTimes.diary(item.end(), base);
    }
    return common(associateId, "inDiary", item.isPrivate(), item.reminderMinutes())
        .add("Title", item.subject())
        .add("Description", item.body())
        .add("Location", item.location())
        .add("StartDate", start)
        .add("EndDate", end)
        .add("IsAlldayEvent", item.allDay())
        .add("IsFree", item.showAs().isFree());
  }

  static JsonObjectBuilder common(
      int associateId, String type, boolean isPrivate, Integer alarmMinutes) {
    return Json.createObjectBuilder()
        .add("Associate", Json.createObjectBuilder().add("AssociateId", associateId))
        .add("Type", type)
        .add("Private", isPrivate ? "PrivateUser" : "Public")
        .add("HasAlarm", alarmMinutes != null)
        .add("AlarmLeadTime", WireTimes.timeSpan(alarmMinutes == null ? 0 : alarmMinutes));
  }

  static boolean isPrivate(JsonObject entity) {
    String privacy = Entities.text(entity, "Private");
    return !privacy.isEmpty() && !privacy.equals("Public");
  }
}
