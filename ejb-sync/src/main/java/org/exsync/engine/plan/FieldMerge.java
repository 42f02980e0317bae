package org.exsync.engine.plan;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.CanonicalItem;
import org.exsync.engine.item.ContactItem;
import org.exsync.engine.item.PostalAddress;
import org.exsync.engine.item.TaskItem;

/**
 * Builds the merge of two changes that touched different field groups: Exchange's item (which also
 * carries the fields only Exchange holds) with SuperOffice's values in the groups SuperOffice
 * changed.
 */
final class FieldMerge {

  private FieldMerge() {}

  static CanonicalItem merge(CanonicalItem exchange, CanonicalItem crm, Set<String> crmGroups) {
    if (exchange instanceof AppointmentItem e && crm instanceof AppointmentItem c) {
      return appointment(e, c, crmGroups);
    }
    if (exchange instanceof TaskItem e && crm instanceof TaskItem c) {
      return task(e, c, crmGroups);
    }
    return contact((ContactItem) exchange, (ContactItem) crm, crmGroups);
  }

  private static AppointmentItem appointment(
      AppointmentItem e, AppointmentItem c, Set<String> crmGroups) {
    boolean time = crmGroups.contains("time");
    return new AppointmentItem(
        pick(crmGroups, "subject", c.subject(), e.subject()),
        pick(crmGroups, "body", c.body(), e.body()),
        pick(crmGroups, "location", c.location(), e.location()),
        time ? c.start() : e.start(),
        time ? c.end() : e.end(),
        time ? c.zone() : e.zone(),
        time ? c.allDay() : e.allDay(),
        pick(crmGroups, "free", c.showAs(), e.showAs()),
        pick(crmGroups, "private", c.isPrivate(), e.isPrivate()),
        pick(crmGroups, "reminder", c.reminderMinutes(), e.reminderMinutes()),
        e.categories(),
        e.organizer(),
        e.attendees(),
        pick(crmGroups, "recurrence", c.recurrence(), e.recurrence()),
        c.crmBooking());
  }

  private static TaskItem task(TaskItem e, TaskItem c, Set<String> crmGroups) {
    boolean progress = crmGroups.contains("progress");
    return new TaskItem(
        pick(crmGroups, "subject", c.subject(), e.subject()),
        pick(crmGroups, "body", c.body(), e.body()),
        pick(crmGroups, "start", c.start(), e.start()),
        pick(crmGroups, "due", c.due(), e.due()),
        crmGroups.contains("start") || crmGroups.contains("due") ? c.zone() : e.zone(),
        progress ? c.status() : e.status(),
        progress ? c.percentComplete() : e.percentComplete(),
        progress ? c.completedAt() : e.completedAt(),
        e.priority(),
        pick(crmGroups, "reminder", c.reminderAt(), e.reminderAt()),
        pick(crmGroups, "private", c.isPrivate(), e.isPrivate()));
  }

  private static ContactItem contact(ContactItem e, ContactItem c, Set<String> crmGroups) {
    Map<ContactItem.PhoneKind, String> phones = new EnumMap<>(ContactItem.PhoneKind.class);
    for (ContactItem.PhoneKind kind : ContactItem.PhoneKind.values()) {
      String number = pick(crmGroups, "phone." + kind, c.phones().get(kind), e.phones().get(kind));
      if (number != null) {
        phones.put(kind, number);
      }
    }
    Map<ContactItem.AddressKind, PostalAddress> addresses =
        new EnumMap<>(ContactItem.AddressKind.class);
    for (ContactItem.AddressKind kind : ContactItem.AddressKind.values()) {
      PostalAddress address =
          pick(crmGroups, "address." + kind, c.addresses().get(kind), e.addresses().get(kind));
      if (address != null) {
        addresses.put(kind, address);
      }
    }
    return new ContactItem(
        pick(crmGroups, "givenName", c.givenName(), e.givenName()),
        pick(crmGroups, "middleName", c.middleName(), e.middleName()),
        pick(crmGroups, "surname", c.surname(), e.surname()),
        pick(crmGroups, "company", c.company(), e.company()),
        pick(crmGroups, "jobTitle", c.jobTitle(), e.jobTitle()),
        pick(crmGroups, "emails", c.emails(), e.emails()),
        phones,
        addresses);
  }

  private static <T> T pick(Set<String> crmGroups, String group, T crmValue, T exchangeValue) {
    return crmGroups.contains(group) ? crmValue : exchangeValue;
  }
}
