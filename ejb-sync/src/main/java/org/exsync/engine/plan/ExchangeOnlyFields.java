package org.exsync.engine.plan;

import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.CanonicalItem;
import org.exsync.engine.item.ContactItem;
import org.exsync.engine.item.TaskItem;

/**
 * Keeps what only Exchange holds when SuperOffice's content is written over an Exchange item:
 * categories, organizer and attendees, the finer free/busy state, a task's finer status, percent
 * complete and priority, a contact's postal addresses. SuperOffice's item has none of these, so
 * writing it as it is would erase them in Outlook although nobody changed them.
 */
public final class ExchangeOnlyFields {

  private ExchangeOnlyFields() {}

  /** SuperOffice's content with Exchange's own fields taken from Exchange's current item. */
  public static CanonicalItem keep(CanonicalItem fromCrm, CanonicalItem exchangeNow) {
    if (fromCrm instanceof AppointmentItem c && exchangeNow instanceof AppointmentItem e) {
      return new AppointmentItem(
          c.subject(),
          c.body(),
          c.location(),
          c.start(),
          c.end(),
          c.zone(),
          c.allDay(),
          c.showAs().isFree() == e.showAs().isFree() ? e.showAs() : c.showAs(),
          c.isPrivate(),
          c.reminderMinutes(),
          e.categories(),
          c.organizer().isEmpty() ? e.organizer() : c.organizer(),
          c.attendees().isEmpty() ? e.attendees() : c.attendees(),
          c.recurrence(),
          c.crmBooking());
    }
    if (fromCrm instanceof TaskItem c && exchangeNow instanceof TaskItem e) {
      boolean sameProgress = c.status().progress() == e.status().progress();
      return new TaskItem(
          c.subject(),
          c.body(),
          c.start(),
          c.due(),
          c.zone(),
          sameProgress ? e.status() : c.status(),
          sameProgress ? e.percentComplete() : c.percentComplete(),
          sameProgress && e.completedAt() != null ? e.completedAt() : c.completedAt(),
          e.priority(),
          c.reminderAt(),
          c.isPrivate());
    }
    if (fromCrm instanceof ContactItem c && exchangeNow instanceof ContactItem e) {
      return new ContactItem(
          c.givenName(),
          c.middleName(),
          c.surname(),
          c.company(),
          c.jobTitle(),
          c.emails(),
          c.phones(),
          c.addresses().isEmpty() ? e.addresses() : c.addresses());
    }
    return fromCrm;
  }
}
