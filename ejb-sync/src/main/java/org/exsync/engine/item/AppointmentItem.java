package org.exsync.engine.item;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import org.exsync.domain.shared.ItemKind;

/**
 * A diary appointment: a SuperOffice diary entry or booking, an Exchange calendar item.
 *
 * <p>Times are UTC instants plus the IANA zone the appointment was planned in. An all-day
 * appointment starts and ends at midnight in that zone (the end is the midnight after its last
 * day), so it covers the same dates however far the zone's offset moves; its hash compares those
 * dates, not the instants. A timed appointment's hash compares instants to the second and ignores
 * the zone, which SuperOffice does not keep per item.
 *
 * @param subject the title line
 * @param body plain text
 * @param location where, or empty
 * @param start when it starts
 * @param end when it ends, not before start
 * @param zone the zone it was planned in
 * @param allDay an all-day or multi-day event
 * @param showAs free/busy
 * @param isPrivate others see only that the time is taken
 * @param reminderMinutes minutes before the start for the reminder, or null for none
 * @param categories Exchange categories; SuperOffice has none, so they are not hashed
 * @param organizer the organizer's address, read-only, or empty
 * @param attendees the invited, read-only
 * @param recurrence the series' rule, or null for a single appointment
 * @param crmBooking whether SuperOffice holds it as a booking, which it then governs; SuperOffice
 *     alone knows, so it is not hashed
 */
public record AppointmentItem(
    String subject,
    String body,
    String location,
    Instant start,
    Instant end,
    ZoneId zone,
    boolean allDay,
    ShowAs showAs,
    boolean isPrivate,
    Integer reminderMinutes,
    List<String> categories,
    String organizer,
    List<Attendee> attendees,
    Recurrence recurrence,
    CrmBooking crmBooking)
    implements CanonicalItem {

  /** An appointment that is no SuperOffice booking. */
  public AppointmentItem(
      String subject,
      String body,
      String location,
      Instant start,
      Instant end,
      ZoneId zone,
      boolean allDay,
      ShowAs showAs,
      boolean isPrivate,
      Integer reminderMinutes,
      List<String> categories,
      String organizer,
      List<Attendee> attendees,
      Recurrence recurrence) {
    this(
        subject,
        body,
        location,
        start,
        end,
        zone,
        allDay,
        showAs,
        isPrivate,
        reminderMinutes,
        categories,
        organizer,
        attendees,
        recurrence,
        CrmBooking.NONE);
  }

  public AppointmentItem {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(zone, "zone");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "An appointment must not end (" + end + ") before it starts (" + start + ")");
    }
    if (allDay) {
      requireMidnight(start, zone, "start");
      requireMidnight(end, zone, "end");
      if (!end.isAfter(start)) {
        throw new IllegalArgumentException("An all-day appointment covers at least one day");
      }
    }
    if (reminderMinutes != null && reminderMinutes < 0) {
      throw new IllegalArgumentException(
          "reminderMinutes must not be negative, got " + reminderMinutes);
    }
    subject = Texts.clean(subject);
    body = Texts.body(body);
    location = Texts.clean(location);
    showAs = showAs == null ? ShowAs.BUSY : showAs;
    categories = Texts.cleanList(categories);
    organizer = Texts.clean(organizer);
    attendees = attendees == null ? List.of() : List.copyOf(attendees);
    crmBooking = crmBooking == null ? CrmBooking.NONE : crmBooking;
  }

  /** The same appointment, held by SuperOffice as this kind of booking. */
  public AppointmentItem withCrmBooking(CrmBooking booking) {
    return new AppointmentItem(
        subject,
        body,
        location,
        start,
        end,
        zone,
        allDay,
        showAs,
        isPrivate,
        reminderMinutes,
        categories,
        organizer,
        attendees,
        recurrence,
        booking);
  }

  /** The first day of an all-day appointment, or the start's date in its zone. */
  public LocalDate startDate() {
    return start.atZone(zone).toLocalDate();
  }

  /** The day after the last day of an all-day appointment; the end's date for a timed one. */
  public LocalDate endDate() {
    return end.atZone(zone).toLocalDate();
  }

  public boolean isRecurring() {
    return recurrence != null;
  }

  @Override
  public ItemKind kind() {
    return ItemKind.DIARY;
  }

  @Override
  public String title() {
    return subject;
  }

  @Override
  public String contentHash() {
    Fingerprint print =
        Fingerprint.of("appointment")
            .add("subject", subject)
            .add("body", body)
            .add("location", location)
            .add("allDay", allDay);
    if (allDay) {
      print.add("startDate", startDate()).add("endDate", endDate());
    } else {
      print.add("start", start.getEpochSecond()).add("end", end.getEpochSecond());
    }
    return print
        .add("free", showAs.isFree())
        .add("private", isPrivate)
        .add("reminderMinutes", reminderMinutes)
        .addHashed("recurrence", recurrence)
        .finish();
  }

  private static void requireMidnight(Instant instant, ZoneId zone, String field) {
    ZonedDateTime local = instant.atZone(zone);
    if (!local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      throw new IllegalArgumentException(
          "An all-day appointment's "
              + field
              + " must be midnight in "
              + zone
              + ", got "
              + local.toLocalDateTime());
    }
  }
}
