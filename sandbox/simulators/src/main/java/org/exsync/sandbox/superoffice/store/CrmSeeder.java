package org.exsync.sandbox.superoffice.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.exsync.sandbox.data.SandboxWorld;
import org.exsync.sandbox.data.SeedAppointment;
import org.exsync.sandbox.data.SeedContact;
import org.exsync.sandbox.data.SeedSelection;
import org.exsync.sandbox.data.SeedTask;
import org.exsync.sandbox.data.SeedUser;

/**
 * Fills a {@link CrmStore} from a {@link SandboxWorld}: the users as internal associates (with the
 * e-mail address SuperOffice holds, not the mailbox's), one meeting room and the system user so
 * that associate types matter, the customers' companies and persons, every user's diary and
 * checklist, and the selections.
 */
public final class CrmSeeder {

  /** The associate id of the meeting room resource. */
  public static final int MEETING_ROOM_ID = 90;

  /** The associate id of the system user that system-user tickets act as. */
  public static final int SYSTEM_USER_ID = 91;

  /** The contact id of the tenant's own company, where the associates' persons belong. */
  public static final int OWN_COMPANY_ID = 1;

  private final CrmStore store;
  private Instant now;

  public CrmSeeder(CrmStore store) {
    this.store = store;
  }

  public void seed(SandboxWorld world) {
    store.clear();
    store.baseZone(world.crmBaseZone());
    now = store.now();
    store.companies().put(company(OWN_COMPANY_ID, "Northwind Traders AS", "Oslo", "Norway", 0));
    store.addAssociate(
        new Associate(
            MEETING_ROOM_ID,
            0,
            "FJORD",
            "Møterom Fjord",
            "",
            "",
            AssociateType.ResourceAssociate,
            false,
            ""));
    store.addAssociate(
        new Associate(
            SYSTEM_USER_ID,
            0,
            "SYSTEM",
            "System",
            "User",
            "",
            AssociateType.SystemAssociate,
            false,
            ""));
    for (SeedUser user : world.users()) {
      seedUser(world, user);
    }
    for (SeedSelection selection : world.selections()) {
      store
          .selections()
          .put(
              new Selection(
                  selection.selectionId(),
                  selection.name(),
                  selection.ownerAssociateId(),
                  selection.memberPersonIds(),
                  Stamp.registered(now, selection.ownerAssociateId())));
    }
  }

  private void seedUser(SandboxWorld world, SeedUser user) {
    store.addAssociate(
        new Associate(
            user.associateId(),
            user.personId(),
            user.userName(),
            user.firstName(),
            user.lastName(),
            user.crmEmail(),
            AssociateType.InternalAssociate,
            user.retired(),
            user.password()));
    store
        .persons()
        .put(
            new Person(
                user.personId(),
                OWN_COMPANY_ID,
                user.firstName(),
                "",
                user.lastName(),
                "",
                user.crmEmail().isEmpty() ? List.of() : List.of(user.crmEmail()),
                "",
                "",
                "",
                user.associateId(),
                user.retired(),
                stamp(user)));
    SandboxWorld.UserItems items = world.itemsOf(user);
    for (SeedContact contact : items.contacts()) {
      if (store.companies().get(contact.companyId()).isEmpty()) {
        store
            .companies()
            .put(
                new Company(
                    contact.companyId(),
                    contact.company(),
                    contact.street(),
                    contact.postalCode(),
                    contact.city(),
                    contact.country(),
                    user.associateId(),
                    stamp(user)));
      }
      store
          .persons()
          .put(
              new Person(
                  contact.personId(),
                  contact.companyId(),
                  contact.firstName(),
                  "",
                  contact.lastName(),
                  contact.jobTitle(),
                  contact.emails(),
                  contact.businessPhone(),
                  contact.mobilePhone(),
                  "",
                  user.associateId(),
                  false,
                  stamp(user)));
    }
    List<SeedContact> contacts = items.contacts();
    for (int n = 0; n < items.appointments().size(); n++) {
      SeedContact linked =
          n % 3 == 0 && !contacts.isEmpty() ? contacts.get(n % contacts.size()) : null;
      seedAppointment(user, items.appointments().get(n), linked);
    }
    for (SeedTask task : items.tasks()) {
      seedTask(user, task);
    }
  }

  private void seedAppointment(SeedUser user, SeedAppointment seed, SeedContact linked) {
    int contactId = linked == null ? 0 : linked.companyId();
    int personId = linked == null ? 0 : linked.personId();
    // A single appointment is one row; a series is one row per occurrence sharing its rule.
    RecurrenceRule rule =
        seed.recurrence() == null ? null : SeriesExpander.rule(store.nextRecurrenceId(), seed);
    List<SeriesExpander.Occurrence> rows =
        rule == null
            ? List.of(
                new SeriesExpander.Occurrence(
                    seed.start().toLocalDate(), seed.start(), seed.end(), seed.title()))
            : SeriesExpander.occurrences(seed);
    for (SeriesExpander.Occurrence occurrence : rows) {
      store
          .appointments()
          .insert(
              id ->
                  new Appointment(
                      id,
                      user.associateId(),
                      contactId,
                      personId,
                      AppointmentType.inDiary,
                      occurrence.title(),
                      seed.description(),
                      seed.location(),
                      occurrence.start().toInstant(),
                      occurrence.end().toInstant(),
                      seed.start().getZone(),
                      seed.allDay(),
                      seed.free(),
                      seed.isPrivate(),
                      seed.reminderMinutes(),
                      Completion.NotStarted,
                      rule,
                      null,
                      stamp(user)));
    }
  }

  /**
   * The world's reminder, minutes before the due time, as a to-do holds it: an alarm goes off its
   * lead time before the to-do's start, and one the world sets after the start goes off at the
   * start.
   */
  private static Integer alarmLead(SeedTask task, Instant start) {
    if (task.reminderMinutes() == null) {
      return null;
    }
    Instant reminder = task.due().toInstant().minus(Duration.ofMinutes(task.reminderMinutes()));
    return (int) Math.max(0, Duration.between(reminder, start).toMinutes());
  }

  private void seedTask(SeedUser user, SeedTask task) {
    Completion completion =
        switch (task.status()) {
          case NOT_STARTED -> Completion.NotStarted;
          case IN_PROGRESS -> Completion.Started;
          case COMPLETED -> Completion.Completed;
        };
    Instant due = task.due().toInstant();
    Instant start = task.start() == null ? due : task.start().toInstant();
    store
        .appointments()
        .insert(
            id ->
                new Appointment(
                    id,
                    user.associateId(),
                    0,
                    0,
                    AppointmentType.inChecklist,
                    task.title(),
                    task.description(),
                    "",
                    start,
                    due,
                    task.due().getZone(),
                    false,
                    false,
                    task.isPrivate(),
                    alarmLead(task, start),
                    completion,
                    null,
                    null,
                    stamp(user)));
  }

  private Company company(int id, String name, String city, String country, int owner) {
    return new Company(id, name, "", "", city, country, owner, Stamp.registered(now, owner));
  }

  private Stamp stamp(SeedUser user) {
    return Stamp.registered(now, user.associateId());
  }
}
