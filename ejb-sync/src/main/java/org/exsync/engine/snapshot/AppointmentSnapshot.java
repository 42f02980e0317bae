package org.exsync.engine.snapshot;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.Attendee;
import org.exsync.engine.item.CrmBooking;
import org.exsync.engine.item.Occurrence;
import org.exsync.engine.item.Recurrence;
import org.exsync.engine.item.ShowAs;

/** The snapshot form of an appointment, its attendees and its series. */
final class AppointmentSnapshot {

  private AppointmentSnapshot() {}

  static String write(AppointmentItem item) {
    SnapshotText text =
        SnapshotText.create("appointment")
            .put("subject", item.subject())
            .put("body", item.body())
            .put("location", item.location())
            .put("start", item.start())
            .put("end", item.end())
            .put("zone", item.zone().getId())
            .put("allDay", item.allDay())
            .put("showAs", item.showAs())
            .put("private", item.isPrivate())
            .put("reminderMinutes", item.reminderMinutes())
            .putList("categories", item.categories())
            .put("organizer", item.organizer());
    if (item.crmBooking().isBooking()) {
      text.put("booking", item.crmBooking());
    }
    List<Attendee> attendees = item.attendees();
    text.put("attendees.count", attendees.size());
    for (int i = 0; i < attendees.size(); i++) {
      Attendee attendee = attendees.get(i);
      text.put("attendees." + i + ".email", attendee.email())
          .put("attendees." + i + ".name", attendee.name())
          .put("attendees." + i + ".role", attendee.role())
          .put("attendees." + i + ".response", attendee.response());
    }
    if (item.recurrence() != null) {
      writeRecurrence(text, item.recurrence());
    }
    return text.write();
  }

  static AppointmentItem read(SnapshotText text) {
    List<Attendee> attendees = new ArrayList<>();
    Integer count = text.integer("attendees.count");
    for (int i = 0; count != null && i < count; i++) {
      attendees.add(
          new Attendee(
              text.textOrEmpty("attendees." + i + ".email"),
              text.textOrEmpty("attendees." + i + ".name"),
              text.enumValue("attendees." + i + ".role", Attendee.Role.class),
              text.enumValue("attendees." + i + ".response", Attendee.Response.class)));
    }
    return new AppointmentItem(
        text.textOrEmpty("subject"),
        text.textOrEmpty("body"),
        text.textOrEmpty("location"),
        text.instant("start"),
        text.instant("end"),
        text.zone("zone"),
        text.bool("allDay"),
        text.enumValue("showAs", ShowAs.class),
        text.bool("private"),
        text.integer("reminderMinutes"),
        text.list("categories"),
        text.textOrEmpty("organizer"),
        attendees,
        text.has("recurrence.pattern") ? readRecurrence(text) : null,
        text.enumValue("booking", CrmBooking.class));
  }

  private static void writeRecurrence(SnapshotText text, Recurrence rule) {
    text.put("recurrence.pattern", rule.pattern())
        .put("recurrence.interval", rule.interval())
        .putList("recurrence.daysOfWeek", new ArrayList<>(new TreeSet<>(rule.daysOfWeek())))
        .put("recurrence.dayOfMonth", rule.dayOfMonth())
        .put("recurrence.weekOfMonth", rule.weekOfMonth())
        .put("recurrence.month", rule.month())
        .put("recurrence.firstDate", rule.firstDate())
        .put("recurrence.lastDate", rule.lastDate())
        .put("recurrence.count", rule.count())
        .putList("recurrence.deleted", new ArrayList<>(rule.deleted()));
    List<Occurrence> modified = rule.modified();
    text.put("recurrence.modified.count", modified.size());
    for (int i = 0; i < modified.size(); i++) {
      String key = "recurrence.modified." + i;
      Occurrence occurrence = modified.get(i);
      text.put(key + ".originalDate", occurrence.originalDate())
          .put(key + ".start", occurrence.start())
          .put(key + ".end", occurrence.end())
          .put(key + ".subject", occurrence.subject())
          .put(key + ".location", occurrence.location());
    }
  }

  private static Recurrence readRecurrence(SnapshotText text) {
    List<Occurrence> modified = new ArrayList<>();
    Integer count = text.integer("recurrence.modified.count");
    for (int i = 0; count != null && i < count; i++) {
      String key = "recurrence.modified." + i;
      modified.add(
          new Occurrence(
              text.date(key + ".originalDate"),
              text.instant(key + ".start"),
              text.instant(key + ".end"),
              text.textOrEmpty(key + ".subject"),
              text.textOrEmpty(key + ".location")));
    }
    return new Recurrence(
        text.enumValue("recurrence.pattern", Recurrence.Pattern.class),
        text.integer("recurrence.interval"),
        text.list("recurrence.daysOfWeek").stream()
            .map(DayOfWeek::valueOf)
            .collect(java.util.stream.Collectors.toSet()),
        text.integer("recurrence.dayOfMonth"),
        text.enumValue("recurrence.weekOfMonth", Recurrence.WeekOfMonth.class),
        text.enumValue("recurrence.month", Month.class),
        text.date("recurrence.firstDate"),
        text.date("recurrence.lastDate"),
        text.integer("recurrence.count"),
        modified,
        text.list("recurrence.deleted").stream()
            .map(java.time.LocalDate::parse)
            .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
  }
}
