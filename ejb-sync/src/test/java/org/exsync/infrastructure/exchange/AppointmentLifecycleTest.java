package org.exsync.infrastructure.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.port.ChangePage;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.port.FolderRef;
import org.exsync.engine.port.ItemRef;
import org.exsync.engine.port.ItemUpdate;
import org.exsync.engine.port.WriteReceipt;
import org.junit.jupiter.api.Test;

class AppointmentLifecycleTest extends OneMailboxTest {

  AppointmentLifecycleTest() {
    super(0, EwsOptions.DEFAULTS);
  }

  private final FolderRef calendar = mailbox.defaultFolder(ItemKind.DIARY).value();

  @Test
  void createdAppointment_readsBackWithTheSameContentHash() {
    AppointmentItem meeting = Items.meeting("Kvartalsmøte – Q1");

    WriteReceipt receipt = mailbox.create(calendar, List.of(meeting)).value().get(0).value();
    SourceItem read = mailbox.read(calendar, List.of(receipt.id())).value().get(0).value();

    assertThat(read.id()).isEqualTo(receipt.id());
    assertThat(read.version()).isEqualTo(receipt.version());
    assertThat(read.lastModified()).isEqualTo(receipt.lastModified());
    AppointmentItem back = (AppointmentItem) read.content();
    assertThat(back.contentHash()).isEqualTo(meeting.contentHash());
    assertThat(back).usingRecursiveComparison().ignoringFields("organizer").isEqualTo(meeting);
    assertThat(back.organizer()).isEqualTo(user.email());
  }

  @Test
  void updateWithTheCurrentVersion_writesAndGivesANewVersion() {
    WriteReceipt created =
        mailbox.create(calendar, List.of(Items.meeting("Plan"))).value().get(0).value();
    AppointmentItem moved = Items.meeting("Plan (flyttet)");

    WriteReceipt updated =
        mailbox
            .update(calendar, List.of(new ItemUpdate(created.id(), created.version(), moved)))
            .value()
            .get(0)
            .value();

    assertThat(updated.id()).isEqualTo(created.id());
    assertThat(updated.version()).isNotEqualTo(created.version());
    SourceItem read = mailbox.read(calendar, List.of(created.id())).value().get(0).value();
    assertThat(read.contentHash()).isEqualTo(moved.contentHash());
    assertThat(read.version()).isEqualTo(updated.version());
  }

  @Test
  void updateWithAStaleVersion_isAConflictAndWritesNothing() {
    WriteReceipt created =
        mailbox.create(calendar, List.of(Items.meeting("Plan"))).value().get(0).value();
    sandbox.outlook(user).edit(created.id(), java.util.Map.of("Subject", "Changed in Outlook"));

    var result =
        mailbox
            .update(
                calendar,
                List.of(new ItemUpdate(created.id(), created.version(), Items.meeting("Mine"))))
            .value()
            .get(0);

    assertThat(result.failure().orElseThrow().kind()).isEqualTo(FailureKind.CONFLICT);
    assertThat(sandbox.outlook(user).text(created.id(), "Subject")).contains("Changed in Outlook");
  }

  @Test
  void changes_reportCreatedChangedAndDeletedItems_andContinueFromTheSyncState() {
    ChangePage first = mailbox.changes(calendar, null).value();
    assertThat(first.changed()).isEmpty();
    WriteReceipt kept =
        mailbox.create(calendar, List.of(Items.meeting("Kept"))).value().get(0).value();
    WriteReceipt removed =
        mailbox.create(calendar, List.of(Items.meeting("Removed"))).value().get(0).value();
    ChangePage created = mailbox.changes(calendar, first.syncState()).value();

    sandbox.outlook(user).edit(kept.id(), java.util.Map.of("Location", "Rom 2"));
    mailbox.delete(calendar, List.of(new ItemRef(removed.id(), removed.version())));
    ChangePage later = mailbox.changes(calendar, created.syncState()).value();

    assertThat(created.changed())
        .extracting(SourceItem::id)
        .containsExactly(kept.id(), removed.id());
    assertThat(created.moreAvailable()).isFalse();
    assertThat(later.changed()).extracting(SourceItem::id).containsExactly(kept.id());
    assertThat(((AppointmentItem) later.changed().get(0).content()).location()).isEqualTo("Rom 2");
    assertThat(later.deletedIds()).containsExactly(removed.id());
  }

  @Test
  void deletingAnItemTwice_isGoneTheSecondTime() {
    WriteReceipt created =
        mailbox.create(calendar, List.of(Items.meeting("Once"))).value().get(0).value();

    var first = mailbox.delete(calendar, List.of(new ItemRef(created.id(), null))).value().get(0);
    var second = mailbox.delete(calendar, List.of(new ItemRef(created.id(), null))).value().get(0);

    assertThat(first.value()).isEqualTo(created.id());
    assertThat(second.failure().orElseThrow().kind()).isEqualTo(FailureKind.GONE);
  }

  @Test
  void deleteWithAStaleVersion_isAConflictAndKeepsTheItem() {
    WriteReceipt created =
        mailbox.create(calendar, List.of(Items.meeting("Keep me"))).value().get(0).value();
    sandbox.outlook(user).edit(created.id(), java.util.Map.of("Subject", "Edited"));

    var result =
        mailbox.delete(calendar, List.of(new ItemRef(created.id(), created.version()))).value();

    assertThat(result.get(0).failure().orElseThrow().kind()).isEqualTo(FailureKind.CONFLICT);
    assertThat(sandbox.outlook(user).changeKey(created.id())).isPresent();
  }
}
