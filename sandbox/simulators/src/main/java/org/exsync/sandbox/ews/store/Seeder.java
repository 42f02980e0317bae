package org.exsync.sandbox.ews.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.exsync.sandbox.data.SandboxWorld;
import org.exsync.sandbox.data.SeedAppointment;
import org.exsync.sandbox.data.SeedContact;
import org.exsync.sandbox.data.SeedRecurrence;
import org.exsync.sandbox.data.SeedTask;
import org.exsync.sandbox.data.SeedUser;
import org.exsync.sandbox.ews.xml.XmlNode;

/**
 * Fills mailboxes from a generated world: each user's appointments, tasks and contacts, stored as
 * Exchange would hold them after the user created them in Outlook. A recurring appointment becomes
 * a master whose cancelled and retitled dates are deleted and modified occurrences.
 */
public final class Seeder {

  private Seeder() {}

  public static void seed(MailboxDirectory directory, SandboxWorld world) {
    for (SeedUser user : world.users()) {
      Mailbox mailbox = directory.add(user.email(), user.fullName(), user.zone());
      SandboxWorld.UserItems items = world.itemsOf(user);
      mailbox.locked(
          () -> {
            String calendar = mailbox.distinguished("calendar").orElseThrow().id();
            items
                .appointments()
                .forEach(a -> mailbox.create(ItemKind.CALENDAR_ITEM, calendar, i -> fill(i, a)));
            String tasks = mailbox.distinguished("tasks").orElseThrow().id();
            items.tasks().forEach(t -> mailbox.create(ItemKind.TASK, tasks, i -> fill(i, t)));
            String contacts = mailbox.distinguished("contacts").orElseThrow().id();
            items
                .contacts()
                .forEach(c -> mailbox.create(ItemKind.CONTACT, contacts, i -> fill(i, c)));
            return null;
          });
    }
  }

  private static void put(Item item, String name, String text) {
    item.properties().put(name, XmlNode.leaf(name, text));
  }

  private static void fill(Item item, SeedAppointment a) {
    put(item, "Subject", a.title());
    item.properties()
        .put("Body", XmlNode.leaf("Body", a.description()).withAttribute("BodyType", "Text"));
    put(item, "Sensitivity", a.isPrivate() ? "Private" : "Normal");
    put(item, "ReminderIsSet", Boolean.toString(a.reminderMinutes() != null));
    put(
        item,
        "ReminderMinutesBeforeStart",
        String.valueOf(a.reminderMinutes() == null ? 15 : a.reminderMinutes()));
    put(item, "Start", DateTimes.format(a.start().toInstant()));
    put(item, "End", DateTimes.format(a.end().toInstant()));
    put(item, "IsAllDayEvent", Boolean.toString(a.allDay()));
    put(item, "LegacyFreeBusyStatus", a.free() ? "Free" : "Busy");
    if (!a.location().isEmpty()) {
      put(item, "Location", a.location());
    }
    XmlNode zone = timeZone("StartTimeZone", a.start().getZone());
    item.properties().put("StartTimeZone", zone);
    item.properties()
        .put("EndTimeZone", new XmlNode("EndTimeZone", zone.attributes(), "", List.of()));
    if (a.recurrence() != null) {
      item.properties().put("Recurrence", recurrence(a.recurrence(), a.start().toLocalDate()));
      markExceptions(item, a.recurrence());
    }
  }

  private static XmlNode timeZone(String element, ZoneId zone) {
    String windows = WindowsZones.toWindows(zone);
    return new XmlNode(element, Map.of("Id", windows), "", List.of());
  }

  private static XmlNode recurrence(SeedRecurrence r, LocalDate first) {
    XmlNode interval = XmlNode.leaf("Interval", String.valueOf(r.interval()));
    XmlNode pattern =
        switch (r.frequency()) {
          case DAILY -> XmlNode.of("DailyRecurrence", List.of(interval));
          case WEEKLY ->
              XmlNode.of(
                  "WeeklyRecurrence", List.of(interval, XmlNode.leaf("DaysOfWeek", days(r))));
          case MONTHLY ->
              XmlNode.of(
                  "AbsoluteMonthlyRecurrence",
                  List.of(
                      interval, XmlNode.leaf("DayOfMonth", String.valueOf(first.getDayOfMonth()))));
        };
    XmlNode range =
        XmlNode.of(
            "NumberedRecurrence",
            List.of(
                XmlNode.leaf("StartDate", first.toString()),
                XmlNode.leaf("NumberOfOccurrences", String.valueOf(r.occurrences()))));
    return XmlNode.of("Recurrence", List.of(pattern, range));
  }

  private static String days(SeedRecurrence r) {
    List<String> names = new ArrayList<>();
    r.daysOfWeek()
        .forEach(
            d ->
                names.add(
                    d.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)));
    return String.join(" ", names);
  }

  private static void markExceptions(Item master, SeedRecurrence r) {
    ZoneId zone = Occurrences.seriesZone(master);
    for (Occurrences.Occurrence o : Occurrences.of(master, Instant.MAX)) {
      LocalDate day = o.originalStart().atZone(zone).toLocalDate();
      if (r.cancelled().contains(day)) {
        master.deletedOccurrences().add(o.index());
      } else if (r.retitled().containsKey(day)) {
        master
            .modifiedOccurrences()
            .put(o.index(), Map.of("Subject", XmlNode.leaf("Subject", r.retitled().get(day))));
      }
    }
  }

  private static void fill(Item item, SeedTask t) {
    put(item, "Subject", t.title());
    item.properties()
        .put("Body", XmlNode.leaf("Body", t.description()).withAttribute("BodyType", "Text"));
    put(item, "Sensitivity", t.isPrivate() ? "Private" : "Normal");
    put(
        item,
        "Importance",
        switch (t.priority()) {
          case LOW -> "Low";
          case NORMAL -> "Normal";
          case HIGH -> "High";
        });
    put(item, "ReminderIsSet", Boolean.toString(t.reminderMinutes() != null));
    if (t.reminderMinutes() != null) {
      put(
          item,
          "ReminderDueBy",
          DateTimes.format(t.due().minusMinutes(t.reminderMinutes()).toInstant()));
    }
    put(item, "DueDate", DateTimes.format(t.due().toInstant()));
    put(item, "PercentComplete", String.valueOf(t.percentComplete()));
    if (t.start() != null) {
      put(item, "StartDate", DateTimes.format(t.start().toInstant()));
    }
    put(
        item,
        "Status",
        switch (t.status()) {
          case NOT_STARTED -> "NotStarted";
          case IN_PROGRESS -> "InProgress";
          case COMPLETED -> "Completed";
        });
  }

  private static void fill(Item item, SeedContact c) {
    put(item, "Subject", c.firstName() + " " + c.lastName());
    put(item, "FileAs", c.lastName() + ", " + c.firstName());
    put(item, "DisplayName", c.firstName() + " " + c.lastName());
    put(item, "GivenName", c.firstName());
    put(item, "CompanyName", c.company());
    List<XmlNode> emails = new ArrayList<>();
    for (int k = 0; k < Math.min(3, c.emails().size()); k++) {
      emails.add(
          XmlNode.leaf("Entry", c.emails().get(k)).withAttribute("Key", "EmailAddress" + (k + 1)));
    }
    if (!emails.isEmpty()) {
      item.properties().put("EmailAddresses", XmlNode.of("EmailAddresses", emails));
    }
    item.properties()
        .put(
            "PhysicalAddresses",
            XmlNode.of(
                "PhysicalAddresses",
                List.of(
                    new XmlNode(
                        "Entry",
                        Map.of("Key", "Business"),
                        "",
                        List.of(
                            XmlNode.leaf("Street", c.street()),
                            XmlNode.leaf("City", c.city()),
                            XmlNode.leaf("CountryOrRegion", c.country()),
                            XmlNode.leaf("PostalCode", c.postalCode()))))));
    List<XmlNode> phones = new ArrayList<>();
    if (!c.businessPhone().isEmpty()) {
      phones.add(XmlNode.leaf("Entry", c.businessPhone()).withAttribute("Key", "BusinessPhone"));
    }
    if (!c.mobilePhone().isEmpty()) {
      phones.add(XmlNode.leaf("Entry", c.mobilePhone()).withAttribute("Key", "MobilePhone"));
    }
    if (!phones.isEmpty()) {
      item.properties().put("PhoneNumbers", XmlNode.of("PhoneNumbers", phones));
    }
    if (!c.jobTitle().isEmpty()) {
      put(item, "JobTitle", c.jobTitle());
    }
    put(item, "Surname", c.lastName());
  }
}
