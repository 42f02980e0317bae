package org.exsync.infrastructure.superoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exsync.infrastructure.superoffice.SuperOfficeFixture.OSLO;
import static org.exsync.infrastructure.superoffice.SuperOfficeFixture.YEAR;
import static org.exsync.infrastructure.superoffice.SuperOfficeFixture.done;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.exsync.domain.associate.AssociateType;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.ContactItem;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.item.TaskItem;
import org.exsync.engine.port.CrmAssociate;
import org.exsync.engine.port.CrmScope;
import org.exsync.engine.port.CrmSelection;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.port.ItemRef;
import org.exsync.engine.port.ItemUpdate;
import org.exsync.engine.port.WriteReceipt;
import org.exsync.sandbox.data.SeedSelection;
import org.exsync.sandbox.data.SeedUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TaskAndContactLifecycleTest {

  private final SuperOfficeFixture so = new SuperOfficeFixture();
  private final SeedUser owner = so.user(3);

  @AfterEach
  void close() {
    so.close();
  }

  private static TaskItem task(TaskItem.Status status) {
    Instant start = Instant.parse("2026-04-20T07:00:00Z");
    return new TaskItem(
        "Ring kunden – Ærlig talt",
        "Spør om tilbudet\nog leveransen",
        start,
        Instant.parse("2026-04-24T14:00:00Z"),
        OSLO,
        status,
        status == TaskItem.Status.COMPLETED ? 100 : 0,
        null,
        TaskItem.Priority.HIGH,
        start.minusSeconds(30 * 60),
        true);
  }

  @Test
  void toDo_isCreatedReadUpdatedAndDeleted_withItsContentHashIntact() {
    CrmScope tasks = CrmScope.tasks(owner.associateId(), YEAR);
    TaskItem open = task(TaskItem.Status.IN_PROGRESS);

    WriteReceipt created = done(done(so.gateway.create(tasks, List.of(open))).get(0));
    SourceItem read = done(done(so.gateway.read(ItemKind.TASK, List.of(created.id()))).get(0));
    so.tick();
    TaskItem finished = task(TaskItem.Status.COMPLETED);
    WriteReceipt updated =
        done(
            done(so.gateway.update(
                    ItemKind.TASK,
                    List.of(new ItemUpdate(created.id(), created.version(), finished))))
                .get(0));
    SourceItem reread = done(done(so.gateway.read(ItemKind.TASK, List.of(created.id()))).get(0));
    var deleted =
        done(so.gateway.delete(
                ItemKind.TASK, List.of(new ItemRef(created.id(), updated.version()))))
            .get(0);

    assertThat(read.contentHash()).isEqualTo(open.contentHash());
    assertThat(done(so.gateway.presentIds(CrmScope.diary(owner.associateId(), YEAR))))
        .doesNotContain(created.id());
    assertThat(((TaskItem) reread.content()).status()).isEqualTo(TaskItem.Status.COMPLETED);
    assertThat(reread.contentHash()).isEqualTo(finished.contentHash());
    assertThat(deleted.isDone()).isTrue();
    assertThat(done(so.gateway.presentIds(tasks))).doesNotContain(created.id());
  }

  @Test
  void reminderOffTheMinuteOrAfterTheStart_isWrittenAsTheToDoHoldsIt_andReadsBackAsThatForm() {
    CrmScope tasks = CrmScope.tasks(owner.associateId(), YEAR);
    TaskItem open = task(TaskItem.Status.NOT_STARTED);
    TaskItem offTheMinute = open.withReminderAt(open.start().minusSeconds(30 * 60 + 25));
    TaskItem onTheDueDay = open.withReminderAt(open.due().minusSeconds(3600));

    for (TaskItem task : List.of(offTheMinute, onTheDueDay)) {
      TaskItem held = (TaskItem) so.gateway.asHeld(task);
      WriteReceipt created = done(done(so.gateway.create(tasks, List.of(task))).get(0));
      SourceItem read = done(done(so.gateway.read(ItemKind.TASK, List.of(created.id()))).get(0));

      assertThat(read.contentHash()).isEqualTo(held.contentHash());
      assertThat(((TaskItem) read.content()).reminderAt()).isEqualTo(held.reminderAt());
    }
    assertThat(((TaskItem) so.gateway.asHeld(offTheMinute)).reminderAt())
        .isEqualTo(open.start().minusSeconds(31 * 60));
    assertThat(((TaskItem) so.gateway.asHeld(onTheDueDay)).reminderAt()).isEqualTo(open.start());
    assertThat(so.gateway.asHeld(open)).isSameAs(open);
  }

  @Test
  void taskWithoutAnyDate_isRejectedWithItsName() {
    TaskItem undated =
        new TaskItem("Uten dato", "", null, null, OSLO, null, 0, null, null, null, false);

    var result =
        done(so.gateway.create(CrmScope.tasks(owner.associateId(), YEAR), List.of(undated))).get(0);

    assertThat(result.failure().orElseThrow().kind()).isEqualTo(FailureKind.REJECTED);
    assertThat(result.failure().orElseThrow().reason())
        .contains("Uten dato", "no start or due date");
  }

  @Test
  void contact_isCreatedAtANewCompany_readBackTheSame_updatedAndDeleted() {
    CrmScope own = CrmScope.ownContacts(owner.associateId());
    ContactItem contact =
        new ContactItem(
            "Åse",
            "",
            "Kjærvik-Østby",
            "Fjordkraft Nord AS",
            "Innkjøpssjef",
            List.of("ase@fjordkraft.example", "ase.privat@example.no"),
            Map.of(
                ContactItem.PhoneKind.BUSINESS,
                "+47 22 33 44 55",
                ContactItem.PhoneKind.MOBILE,
                "+47 900 11 222"),
            Map.of());

    WriteReceipt created = done(done(so.gateway.create(own, List.of(contact))).get(0));
    SourceItem read = done(done(so.gateway.read(ItemKind.CONTACT, List.of(created.id()))).get(0));
    so.tick();
    ContactItem promoted =
        new ContactItem(
            "Åse",
            "",
            "Kjærvik-Østby",
            "Fjordkraft Nord AS",
            "Direktør",
            contact.emails(),
            contact.phones(),
            Map.of());
    var updated =
        done(so.gateway.update(
                ItemKind.CONTACT,
                List.of(new ItemUpdate(created.id(), created.version(), promoted))))
            .get(0);

    assertThat(read.contentHash()).isEqualTo(contact.contentHash());
    assertThat(so.simulator.store().companies().all())
        .filteredOn(c -> c.name().equals("Fjordkraft Nord AS"))
        .hasSize(1);
    assertThat(updated.isDone()).isTrue();
    assertThat(done(so.gateway.changes(own, updated.value().lastModified())).changed())
        .extracting(s -> ((ContactItem) s.content()).jobTitle())
        .containsExactly("Direktør");
    assertThat(
            done(so.gateway.delete(ItemKind.CONTACT, List.of(new ItemRef(created.id(), null))))
                .get(0)
                .isDone())
        .isTrue();
    assertThat(done(so.gateway.presentIds(own))).doesNotContain(created.id());
  }

  @Test
  void selections_areListedWithTheirMembers_whichAreReadAsContacts() {
    SeedSelection seeded = so.world.selections().get(0);

    List<CrmSelection> selections = done(so.gateway.selections());
    CrmScope members = CrmScope.selection(owner.associateId(), seeded.selectionId());
    var ids = done(so.gateway.presentIds(members));
    var changes = done(so.gateway.changes(members, null));

    assertThat(selections)
        .extracting(CrmSelection::id)
        .containsExactlyElementsOf(
            so.world.selections().stream().map(SeedSelection::selectionId).toList());
    assertThat(selections.get(0).memberCount()).isEqualTo(seeded.memberPersonIds().size());
    assertThat(ids)
        .containsExactlyInAnyOrderElementsOf(
            seeded.memberPersonIds().stream().map(String::valueOf).toList());
    assertThat(changes.changed())
        .hasSize(ids.size())
        .allMatch(s -> s.content() instanceof ContactItem);
  }

  @Test
  void associates_carryThePrimaryEmailSuperOfficeHolds_theirTypeAndRetiredFlag() {
    List<CrmAssociate> associates = done(so.gateway.associates());

    for (SeedUser user : so.world.users()) {
      CrmAssociate associate =
          associates.stream().filter(a -> a.id() == user.associateId()).findFirst().orElseThrow();
      assertThat(associate.email()).isEqualTo(user.crmEmail().strip());
      assertThat(associate.userName()).isEqualTo(user.userName());
      assertThat(associate.retired()).isEqualTo(user.retired());
      assertThat(associate.type()).isEqualTo(AssociateType.EMPLOYEE);
    }
    assertThat(associates)
        .extracting(CrmAssociate::type)
        .contains(AssociateType.RESOURCE, AssociateType.SYSTEM);
  }
}
