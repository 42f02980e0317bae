package org.exsync.infrastructure.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.exsync.engine.item.ContactItem;
import org.exsync.engine.item.PostalAddress;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.item.TaskItem;
import org.exsync.engine.port.ChangePage;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.port.FolderRef;
import org.exsync.engine.port.ItemRef;
import org.exsync.engine.port.ItemUpdate;
import org.exsync.engine.port.WriteReceipt;
import org.exsync.sandbox.ews.store.ItemKind;
import org.junit.jupiter.api.Test;

class TaskAndContactRoundTripTest extends OneMailboxTest {

  TaskAndContactRoundTripTest() {
    super(3, EwsOptions.DEFAULTS);
  }

  @Test
  void task_createdUpdatedCompletedAndDeleted_readsBackEachTimeWithTheSameHash() {
    FolderRef tasks = mailbox.defaultFolder(org.exsync.domain.shared.ItemKind.TASK).value();
    TaskItem open = Items.task("Følg opp tilbud");
    WriteReceipt created = mailbox.create(tasks, List.of(open)).value().get(0).value();
    assertThat(readTask(tasks, created)).usingRecursiveComparison().isEqualTo(open);

    TaskItem done =
        new TaskItem(
            open.subject(),
            open.body(),
            open.start(),
            open.due(),
            open.zone(),
            TaskItem.Status.COMPLETED,
            100,
            Items.at(Items.OSLO, "2026-03-12T15:00"),
            TaskItem.Priority.NORMAL,
            null,
            false);
    WriteReceipt completed =
        mailbox
            .update(tasks, List.of(new ItemUpdate(created.id(), created.version(), done)))
            .value()
            .get(0)
            .value();

    TaskItem back = readTask(tasks, completed);
    assertThat(back).usingRecursiveComparison().isEqualTo(done);
    assertThat(back.contentHash()).isEqualTo(done.contentHash());
    assertThat(
            mailbox
                .delete(tasks, List.of(new ItemRef(created.id(), completed.version())))
                .value()
                .get(0)
                .value())
        .isEqualTo(created.id());
    assertThat(
            mailbox
                .read(tasks, List.of(created.id()))
                .value()
                .get(0)
                .failure()
                .orElseThrow()
                .kind())
        .isEqualTo(FailureKind.GONE);
  }

  @Test
  void taskWithoutDates_clearsTheDatesItHadBefore() {
    FolderRef tasks = mailbox.defaultFolder(org.exsync.domain.shared.ItemKind.TASK).value();
    WriteReceipt created =
        mailbox.create(tasks, List.of(Items.task("Datoer"))).value().get(0).value();
    TaskItem undated =
        new TaskItem(
            "Datoer",
            "",
            null,
            null,
            Items.OSLO,
            TaskItem.Status.NOT_STARTED,
            0,
            null,
            null,
            null,
            false);

    WriteReceipt updated =
        mailbox
            .update(tasks, List.of(new ItemUpdate(created.id(), created.version(), undated)))
            .value()
            .get(0)
            .value();

    assertThat(readTask(tasks, updated)).usingRecursiveComparison().isEqualTo(undated);
  }

  @Test
  void contact_createdAndUpdated_keepsNamesAddressesPhonesAndEmails() {
    FolderRef contacts = mailbox.defaultFolder(org.exsync.domain.shared.ItemKind.CONTACT).value();
    ContactItem person = Items.contact("Åsmund", "Ødegård");
    WriteReceipt created = mailbox.create(contacts, List.of(person)).value().get(0).value();
    assertThat(readContact(contacts, created)).isEqualTo(person);

    ContactItem moved =
        new ContactItem(
            "Åsmund",
            "",
            "Ødegård",
            "Nordvind Nordre AS",
            "Daglig leder",
            List.of("asmund@nordre.example"),
            Map.of(ContactItem.PhoneKind.HOME, "+47 55 00 00 00"),
            Map.of(
                ContactItem.AddressKind.HOME,
                new PostalAddress("Fjellveien 3", "5003", "Bergen", "Vestland", "Norge")));
    WriteReceipt updated =
        mailbox
            .update(contacts, List.of(new ItemUpdate(created.id(), created.version(), moved)))
            .value()
            .get(0)
            .value();

    ContactItem back = readContact(contacts, updated);
    assertThat(back).isEqualTo(moved);
    assertThat(back.contentHash()).isEqualTo(moved.contentHash());
  }

  @Test
  void contactWithFourEmails_isRejectedWithTheReason_andItsNeighbourIsCreated() {
    FolderRef contacts = mailbox.defaultFolder(org.exsync.domain.shared.ItemKind.CONTACT).value();
    ContactItem many =
        new ContactItem(
            "Fire",
            "",
            "Adresser",
            "",
            "",
            List.of("a@x.example", "b@x.example", "c@x.example", "d@x.example"),
            Map.of(),
            Map.of());

    var results = mailbox.create(contacts, List.of(many, Items.contact("Eli", "Berg"))).value();

    assertThat(results.get(0).failure().orElseThrow().kind()).isEqualTo(FailureKind.REJECTED);
    assertThat(results.get(0).failure().orElseThrow().reason()).contains("three e-mail addresses");
    assertThat(results.get(1).isDone()).isTrue();
  }

  @Test
  void itemsOfOtherKindsInTheFolder_areLeftOutOfTheChanges() {
    FolderRef contacts = mailbox.defaultFolder(org.exsync.domain.shared.ItemKind.CONTACT).value();
    mailbox.create(contacts, List.of(Items.contact("Kari", "Nordmann")));
    sandbox.outlook(user).create(ItemKind.TASK, "contacts", Map.of("Subject", "Feil sted"));

    ChangePage page = mailbox.changes(contacts, null).value();

    assertThat(page.changed())
        .extracting(SourceItem::content)
        .hasOnlyElementsOfType(ContactItem.class);
    assertThat(page.changed()).hasSize(1);
    assertThat(page.unreadable()).isEmpty();
  }

  @Test
  void anItemOfTheWrongKindForTheFolder_isRejected() {
    FolderRef tasks = mailbox.defaultFolder(org.exsync.domain.shared.ItemKind.TASK).value();

    var result = mailbox.create(tasks, List.of(Items.contact("Feil", "Mappe"))).value().get(0);

    assertThat(result.failure().orElseThrow().kind()).isEqualTo(FailureKind.REJECTED);
  }

  private TaskItem readTask(FolderRef tasks, WriteReceipt receipt) {
    return (TaskItem) mailbox.read(tasks, List.of(receipt.id())).value().get(0).value().content();
  }

  private ContactItem readContact(FolderRef contacts, WriteReceipt receipt) {
    return (ContactItem)
        mailbox.read(contacts, List.of(receipt.id())).value().get(0).value().content();
  }
}
