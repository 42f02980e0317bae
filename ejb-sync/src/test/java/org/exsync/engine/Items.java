package org.exsync.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.Attendee;
import org.exsync.engine.item.ContactItem;
import org.exsync.engine.item.CrmBooking;
import org.exsync.engine.item.PostalAddress;
import org.exsync.engine.item.Recurrence;
import org.exsync.engine.item.ShowAs;
import org.exsync.engine.item.TaskItem;

/** Canonical items for engine tests. */
public final class Items {

  public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  private Items() {}

  public static AppointmentItem meeting(String subject, Instant start) {
    return meeting(subject, start, start.plusSeconds(3600));
  }

  public static AppointmentItem meeting(String subject, Instant start, Instant end) {
    return new AppointmentItem(
        subject,
        "",
        "",
        start,
        end,
        OSLO,
        false,
        ShowAs.BUSY,
        false,
        null,
        List.of(),
        "",
        List.of(),
        null);
  }

  public static AppointmentItem allDay(String subject, LocalDate first, LocalDate afterLast) {
    return new AppointmentItem(
        subject,
        "",
        "",
        first.atStartOfDay(OSLO).toInstant(),
        afterLast.atStartOfDay(OSLO).toInstant(),
        OSLO,
        true,
        ShowAs.FREE,
        false,
        null,
        List.of(),
        "",
        List.of(),
        null);
  }

  public static AppointmentItem withBody(AppointmentItem a, String body) {
    return new AppointmentItem(
        a.subject(),
        body,
        a.location(),
        a.start(),
        a.end(),
        a.zone(),
        a.allDay(),
        a.showAs(),
        a.isPrivate(),
        a.reminderMinutes(),
        a.categories(),
        a.organizer(),
        a.attendees(),
        a.recurrence(),
        a.crmBooking());
  }

  public static AppointmentItem withLocation(AppointmentItem a, String location) {
    return new AppointmentItem(
        a.subject(),
        a.body(),
        location,
        a.start(),
        a.end(),
        a.zone(),
        a.allDay(),
        a.showAs(),
        a.isPrivate(),
        a.reminderMinutes(),
        a.categories(),
        a.organizer(),
        a.attendees(),
        a.recurrence(),
        a.crmBooking());
  }

  public static AppointmentItem withSubject(AppointmentItem a, String subject) {
    return new AppointmentItem(
        subject,
        a.body(),
        a.location(),
        a.start(),
        a.end(),
        a.zone(),
        a.allDay(),
        a.showAs(),
        a.isPrivate(),
        a.reminderMinutes(),
        a.categories(),
        a.organizer(),
        a.attendees(),
        a.recurrence(),
        a.crmBooking());
  }

  public static AppointmentItem moved(AppointmentItem a, Instant start, Instant end) {
    return new AppointmentItem(
        a.subject(),
        a.body(),
        a.location(),
        start,
        end,
        a.zone(),
        a.allDay(),
        a.showAs(),
        a.isPrivate(),
        a.reminderMinutes(),
        a.categories(),
        a.organizer(),
        a.attendees(),
        a.recurrence(),
        a.crmBooking());
  }

  public static AppointmentItem asPrivate(AppointmentItem a) {
    return new AppointmentItem(
        a.subject(),
        a.body(),
        a.location(),
        a.start(),
        a.end(),
        a.zone(),
        a.allDay(),
        a.showAs(),
        true,
        a.reminderMinutes(),
        a.categories(),
        a.organizer(),
        a.attendees(),
        a.recurrence(),
        a.crmBooking());
  }

  public static AppointmentItem withRecurrence(AppointmentItem a, Recurrence rule) {
    return new AppointmentItem(
        a.subject(),
        a.body(),
        a.location(),
        a.start(),
        a.end(),
        a.zone(),
        a.allDay(),
        a.showAs(),
        a.isPrivate(),
        a.reminderMinutes(),
        a.categories(),
        a.organizer(),
        a.attendees(),
        rule,
        a.crmBooking());
  }

  /** A meeting someone else organizes, with the mailbox's owner invited. */
  public static AppointmentItem booking(String subject, Instant start, String organizer) {
    return new AppointmentItem(
        subject,
        "",
        "",
        start,
        start.plusSeconds(3600),
        OSLO,
        false,
        ShowAs.BUSY,
        false,
        null,
        List.of(),
        organizer,
        List.of(
            new Attendee(
                organizer, "Organizer", Attendee.Role.REQUIRED, Attendee.Response.ORGANIZER),
            new Attendee("owner@example.com", "Owner", Attendee.Role.REQUIRED, null)),
        null);
  }

  /**
   * A meeting booked in SuperOffice: the associate organises it, or takes part in a colleague's.
   * SuperOffice's item shows no attendees Exsync reads, only that it is a booking.
   */
  public static AppointmentItem crmBooking(String subject, Instant start, CrmBooking booking) {
    return meeting(subject, start).withCrmBooking(booking);
  }

  public static TaskItem task(String subject, Instant due) {
    return new TaskItem(
        subject, "", null, due, OSLO, TaskItem.Status.NOT_STARTED, 0, null, null, null, false);
  }

  public static TaskItem completed(TaskItem t, Instant at) {
    return new TaskItem(
        t.subject(),
        t.body(),
        t.start(),
        t.due(),
        t.zone(),
        TaskItem.Status.COMPLETED,
        100,
        at,
        t.priority(),
        t.reminderAt(),
        t.isPrivate());
  }

  public static ContactItem contact(String given, String surname, String email) {
    return new ContactItem(
        given,
        "",
        surname,
        "Acme AS",
        "",
        email == null ? List.of() : List.of(email),
        Map.of(),
        Map.of());
  }

  public static ContactItem withPhone(ContactItem c, String mobile) {
    return new ContactItem(
        c.givenName(),
        c.middleName(),
        c.surname(),
        c.company(),
        c.jobTitle(),
        c.emails(),
        Map.of(ContactItem.PhoneKind.MOBILE, mobile),
        c.addresses());
  }

  public static ContactItem withJobTitle(ContactItem c, String title) {
    return new ContactItem(
        c.givenName(),
        c.middleName(),
        c.surname(),
        c.company(),
        title,
        c.emails(),
        c.phones(),
        c.addresses());
  }

  public static ContactItem withAddress(ContactItem c, PostalAddress address) {
    return new ContactItem(
        c.givenName(),
        c.middleName(),
        c.surname(),
        c.company(),
        c.jobTitle(),
        c.emails(),
        c.phones(),
        Map.of(ContactItem.AddressKind.BUSINESS, address));
  }
}
