package org.exsync.infrastructure.exchange;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.ContactItem;
import org.exsync.engine.item.Occurrence;
import org.exsync.engine.item.PostalAddress;
import org.exsync.engine.item.Recurrence;
import org.exsync.engine.item.ShowAs;
import org.exsync.engine.item.TaskItem;

/** Canonical items for the adapter's tests, with the text and times that tend to break things. */
final class Items {

  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  private Items() {}

  static Instant at(ZoneId zone, String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
  }

  static AppointmentItem meeting(String subject) {
    return new AppointmentItem(
        subject,
        "Agenda:\n1. Åpning – «velkommen»\n2. Budsjett ✓ 日本語",
        "Møterom Ærø",
        at(OSLO, "2026-03-10T09:00"),
        at(OSLO, "2026-03-10T10:30"),
        OSLO,
        false,
        ShowAs.TENTATIVE,
        true,
        15,
        List.of("Kunde", "Viktig"),
        "",
        List.of(),
        null);
  }

  static AppointmentItem allDay(ZoneId zone, LocalDate first, LocalDate dayAfterLast) {
    return new AppointmentItem(
        "Messe i " + zone.getId(),
        "",
        "",
        first.atStartOfDay(zone).toInstant(),
        dayAfterLast.atStartOfDay(zone).toInstant(),
        zone,
        true,
        ShowAs.FREE,
        false,
        null,
        List.of(),
        "",
        List.of(),
        null);
  }

  /** Weekly on Tuesday and Thursday at 09:00 Oslo time, eight times, across the DST change. */
  static AppointmentItem standUp() {
    Recurrence rule =
        new Recurrence(
            Recurrence.Pattern.WEEKLY,
            1,
            EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
            0,
            null,
            null,
            LocalDate.of(2026, 3, 17),
            null,
            8,
            List.of(
                new Occurrence(
                    LocalDate.of(2026, 3, 26),
                    at(OSLO, "2026-03-26T11:00"),
                    at(OSLO, "2026-03-26T11:30"),
                    "Stand-up (flyttet)",
                    "Kantina")),
            new TreeSet<>(List.of(LocalDate.of(2026, 3, 31))));
    return new AppointmentItem(
        "Stand-up",
        "Hva gjorde du i går?",
        "Teams",
        at(OSLO, "2026-03-17T09:00"),
        at(OSLO, "2026-03-17T09:15"),
        OSLO,
        false,
        ShowAs.BUSY,
        false,
        5,
        List.of(),
        "",
        List.of(),
        rule);
  }

  static TaskItem task(String subject) {
    return new TaskItem(
        subject,
        "Ring Åse før fredag.\r\nHusk tilbudet.",
        at(OSLO, "2026-03-09T08:00"),
        at(OSLO, "2026-03-13T16:00"),
        OSLO,
        TaskItem.Status.IN_PROGRESS,
        40,
        null,
        TaskItem.Priority.HIGH,
        at(OSLO, "2026-03-13T09:00"),
        true);
  }

  static ContactItem contact(String given, String surname) {
    return new ContactItem(
        given,
        "Marie",
        surname,
        "Nordvind Søndre AS",
        "Innkjøpssjef",
        List.of(given.toLowerCase() + "@nordvind.example", "post@nordvind.example"),
        Map.of(
            ContactItem.PhoneKind.BUSINESS, "+47 22 33 44 55",
            ContactItem.PhoneKind.MOBILE, "+47 900 00 000"),
        Map.of(
            ContactItem.AddressKind.BUSINESS,
            new PostalAddress("Storgata 1\nInngang B", "0155", "Oslo", "", "Norge")));
  }
}
