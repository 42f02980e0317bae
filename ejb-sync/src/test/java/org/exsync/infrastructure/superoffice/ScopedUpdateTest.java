package org.exsync.infrastructure.superoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exsync.infrastructure.superoffice.SuperOfficeFixture.YEAR;
import static org.exsync.infrastructure.superoffice.SuperOfficeFixture.done;

import java.util.List;
import java.util.Map;
import org.exsync.engine.Items;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.ContactItem;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.port.CrmScope;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.port.ItemUpdate;
import org.exsync.engine.port.Outcome;
import org.exsync.engine.port.WriteReceipt;
import org.exsync.sandbox.data.SeedSelection;
import org.exsync.sandbox.superoffice.store.Appointment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An item of an associate's diary, to-dos or own persons is written as that associate's in one
 * conditional request, without reading its owner first; one moved to another associate since its
 * version is a conflict and stays where it was moved; a selection's member keeps whoever owns it.
 */
class ScopedUpdateTest {

  private final SuperOfficeFixture so = new SuperOfficeFixture();

  @AfterEach
  void close() {
    so.close();
  }

  private Map<String, Long> counters() {
    return so.simulator.counters().snapshot();
  }

  private static ContactItem promoted(ContactItem contact) {
    return new ContactItem(
        contact.givenName(),
        contact.middleName(),
        contact.surname(),
        contact.company(),
        "Daglig leder",
        contact.emails(),
        contact.phones(),
        Map.of());
  }

  private SourceItem firstSingle(CrmScope diary) {
    return done(so.gateway.changes(diary, null)).changed().stream()
        .filter(item -> CrmIds.seriesOf(item.id()).isEmpty())
        .findFirst()
        .orElseThrow();
  }

  private Outcome<WriteReceipt> update(CrmScope scope, ItemUpdate update) {
    return done(so.gateway.update(scope, List.of(update))).get(0);
  }

  @Test
  void aDiaryItem_isWrittenInOneRequest_andStaysItsAssociates() {
    CrmScope diary = CrmScope.diary(so.user(0).associateId(), YEAR);
    SourceItem single = firstSingle(diary);
    so.tick();
    AppointmentItem edited =
        Items.withSubject((AppointmentItem) single.content(), "Flyttet til fredag");

    long mark = so.requests();
    WriteReceipt receipt =
        done(update(diary, new ItemUpdate(single.id(), single.version(), edited)));

    assertThat(so.requests() - mark).as("the PUT alone").isEqualTo(1);
    Appointment stored =
        so.simulator.store().appointments().get(Integer.parseInt(receipt.id())).orElseThrow();
    assertThat(stored.title()).isEqualTo("Flyttet til fredag");
    assertThat(stored.associateId()).isEqualTo(diary.associateId());
  }

  @Test
  void aDiaryItemMovedToAnotherDiarySinceItsVersion_isAConflict_andStaysInTheOtherDiary() {
    CrmScope diary = CrmScope.diary(so.user(0).associateId(), YEAR);
    int other = so.user(1).associateId();
    SourceItem single = firstSingle(diary);
    so.tick();
    so.simulator.changeAppointment(
        Integer.parseInt(single.id()), diary.associateId(), a -> movedTo(a, other));
    AppointmentItem edited =
        Items.withSubject((AppointmentItem) single.content(), "Skrevet av Exsync");

    Outcome<WriteReceipt> written =
        update(diary, new ItemUpdate(single.id(), single.version(), edited));

    assertThat(written.failure()).map(f -> f.kind()).contains(FailureKind.CONFLICT);
    Appointment stored =
        so.simulator.store().appointments().get(Integer.parseInt(single.id())).orElseThrow();
    assertThat(stored.associateId()).isEqualTo(other);
    assertThat(stored.title()).isNotEqualTo("Skrevet av Exsync");
  }

  @Test
  void anOwnPerson_isWrittenWithoutReadingItsOwner() {
    CrmScope contacts = CrmScope.ownContacts(so.user(2).associateId());
    SourceItem person = done(so.gateway.changes(contacts, null)).changed().get(0);
    so.tick();

    long persons = counters().getOrDefault("requests.Person", 0L);
    done(
        update(
            contacts,
            new ItemUpdate(
                person.id(), person.version(), promoted((ContactItem) person.content()))));

    assertThat(counters().getOrDefault("requests.Person", 0L) - persons)
        .as("the PUT alone")
        .isEqualTo(1);
    var stored = so.simulator.store().persons().get(Integer.parseInt(person.id())).orElseThrow();
    assertThat(stored.jobTitle()).isEqualTo("Daglig leder");
    assertThat(stored.ownerAssociateId()).isEqualTo(contacts.associateId());
  }

  @Test
  void aSelectionsMember_keepsWhoeverOwnsIt() {
    SeedSelection selection = so.world.selections().get(0);
    int memberId = selection.memberPersonIds().get(0);
    int owner = so.simulator.store().persons().get(memberId).orElseThrow().ownerAssociateId();
    int syncing =
        so.world.users().stream()
            .mapToInt(u -> u.associateId())
            .filter(id -> id != owner)
            .findFirst()
            .orElseThrow();
    CrmScope members = CrmScope.selection(syncing, selection.selectionId());
    SourceItem person =
        done(so.gateway.changes(members, null)).changed().stream()
            .filter(p -> p.id().equals(String.valueOf(memberId)))
            .findFirst()
            .orElseThrow();
    so.tick();

    done(
        update(
            members,
            new ItemUpdate(
                person.id(), person.version(), promoted((ContactItem) person.content()))));

    var stored = so.simulator.store().persons().get(memberId).orElseThrow();
    assertThat(stored.jobTitle()).isEqualTo("Daglig leder");
    assertThat(stored.ownerAssociateId()).isEqualTo(owner);
  }

  private static Appointment movedTo(Appointment a, int associateId) {
    return new Appointment(
        a.id(),
        associateId,
        a.contactId(),
        a.personId(),
        a.type(),
        a.title(),
        a.description(),
        a.location(),
        a.start(),
        a.end(),
        a.zone(),
        a.allDay(),
        a.free(),
        a.isPrivate(),
        a.alarmMinutes(),
        a.completion(),
        a.recurrence(),
        a.booking(),
        a.stamp());
  }
}
