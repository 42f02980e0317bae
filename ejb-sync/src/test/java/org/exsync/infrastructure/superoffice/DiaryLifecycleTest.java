package org.exsync.infrastructure.superoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exsync.infrastructure.superoffice.SuperOfficeFixture.OSLO;
import static org.exsync.infrastructure.superoffice.SuperOfficeFixture.YEAR;
import static org.exsync.infrastructure.superoffice.SuperOfficeFixture.done;

import java.time.LocalDateTime;
import java.util.List;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.CanonicalItem;
import org.exsync.engine.item.ShowAs;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.port.CrmChanges;
import org.exsync.engine.port.CrmScope;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.port.ItemRef;
import org.exsync.engine.port.ItemUpdate;
import org.exsync.engine.port.WriteReceipt;
import org.exsync.sandbox.data.SeedUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DiaryLifecycleTest {

  private final SuperOfficeFixture so = new SuperOfficeFixture();
  private final SeedUser owner = so.user(1);
  private final CrmScope diary = CrmScope.diary(owner.associateId(), YEAR);

  @AfterEach
  void close() {
    so.close();
  }

  static AppointmentItem meeting(String subject, LocalDateTime start, int minutes) {
    return new AppointmentItem(
        subject,
        "Agenda: budsjett 2027 – «viktig»\nLinje to",
        "Møterom Fjord, Tromsø",
        start.atZone(OSLO).toInstant(),
        start.plusMinutes(minutes).atZone(OSLO).toInstant(),
        OSLO,
        false,
        ShowAs.FREE,
        true,
        15,
        List.of(),
        "",
        List.of(),
        null);
  }

  @Test
  void createdAppointment_readsBackWithTheSameContentHash_andShowsAsAChange() {
    AppointmentItem item = meeting("Årsmøte ÆØÅ – 東京", LocalDateTime.of(2026, 5, 12, 9, 30), 90);

    WriteReceipt receipt = done(done(so.gateway.create(diary, List.of(item))).get(0));
    SourceItem read = done(done(so.gateway.read(ItemKind.DIARY, List.of(receipt.id()))).get(0));
    CrmChanges changes = done(so.gateway.changes(diary, receipt.lastModified()));

    assertThat(read.contentHash()).isEqualTo(item.contentHash());
    assertThat(SyncedVersions.instant(read.version()))
        .as("the stamp the write left")
        .isEqualTo(SyncedVersions.instant(receipt.version()));
    assertThat(changes.changed()).extracting(SourceItem::id).contains(receipt.id());
    assertThat(changes.watermark()).isEqualTo(receipt.lastModified());
  }

  @Test
  void updateWithTheVersionRead_succeeds_butAfterAChangeInSuperOfficeItIsAConflict() {
    WriteReceipt created =
        done(
            done(so.gateway.create(
                    diary, List.of(meeting("Plan", LocalDateTime.of(2026, 6, 1, 10, 0), 30))))
                .get(0));
    so.tick();
    AppointmentItem moved = meeting("Plan B", LocalDateTime.of(2026, 6, 2, 11, 0), 45);

    WriteReceipt updated =
        done(
            done(so.gateway.update(
                    ItemKind.DIARY,
                    List.of(new ItemUpdate(created.id(), created.version(), moved))))
                .get(0));
    so.tick();
    so.simulator.changeAppointment(
        Integer.parseInt(created.id()), owner.associateId(), a -> a.withTitle("Changed in CRM"));
    var stale =
        done(so.gateway.update(
                ItemKind.DIARY, List.of(new ItemUpdate(created.id(), updated.version(), moved))))
            .get(0);

    assertThat(updated.lastModified()).isAfter(created.lastModified());
    SourceItem read = done(done(so.gateway.read(ItemKind.DIARY, List.of(created.id()))).get(0));
    assertThat(read.content().title()).isEqualTo("Changed in CRM");
    assertThat(stale.failure().orElseThrow().kind()).isEqualTo(FailureKind.CONFLICT);
  }

  @Test
  void deletedAppointment_isMissingFromThePresentIds_andDeletingItAgainIsGone() {
    WriteReceipt created =
        done(
            done(so.gateway.create(
                    diary, List.of(meeting("Kort", LocalDateTime.of(2026, 4, 1, 8, 0), 15))))
                .get(0));
    assertThat(done(so.gateway.presentIds(diary))).contains(created.id());

    var deleted =
        so.gateway.delete(ItemKind.DIARY, List.of(new ItemRef(created.id(), created.version())));
    var again = so.gateway.delete(ItemKind.DIARY, List.of(new ItemRef(created.id(), null)));

    assertThat(done(deleted).get(0).value()).isEqualTo(created.id());
    assertThat(done(so.gateway.presentIds(diary))).doesNotContain(created.id());
    assertThat(done(again).get(0).failure().orElseThrow().kind()).isEqualTo(FailureKind.GONE);
  }

  @Test
  void deletionBySomeoneInSuperOffice_isFoundByComparingIdSets() {
    var before = done(so.gateway.presentIds(diary));
    SourceItem anyOne =
        done(so.gateway.changes(diary, null)).changed().stream()
            .filter(s -> !s.id().startsWith("recurrence-"))
            .findFirst()
            .orElseThrow();

    so.simulator.deleteAppointment(Integer.parseInt(anyOne.id()), owner.associateId());
    var after = done(so.gateway.presentIds(diary));

    assertThat(before).contains(anyOne.id());
    assertThat(before).containsAll(after);
    assertThat(before.size() - after.size()).isEqualTo(1);
    assertThat(after).doesNotContain(anyOne.id());
  }

  @Test
  void changesOfTheWholeDiary_coverEverySeededItemOfTheAssociateInTheWindow_onceEach() {
    CrmChanges all = done(so.gateway.changes(diary, null));

    List<String> ids = all.changed().stream().map(SourceItem::id).toList();
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ids).containsExactlyInAnyOrderElementsOf(done(so.gateway.presentIds(diary)));
    assertThat(all.changed()).allMatch(s -> s.content().kind() == ItemKind.DIARY);
    assertThat(all.watermark()).isEqualTo(SuperOfficeFixture.SEEDED_AT);
    assertThat(
            done(so.gateway.changes(diary, SuperOfficeFixture.SEEDED_AT.plusSeconds(1))).changed())
        .isEmpty();
  }

  @Test
  void aBatchWithOneMissingItem_failsOnlyThatItem() {
    List<CanonicalItem> two =
        List.of(
            meeting("En", LocalDateTime.of(2026, 7, 1, 9, 0), 30),
            meeting("To", LocalDateTime.of(2026, 7, 2, 9, 0), 30));
    var created = done(so.gateway.create(diary, two));

    var read =
        done(
            so.gateway.read(
                ItemKind.DIARY,
                List.of(done(created.get(0)).id(), "999999", done(created.get(1)).id())));

    assertThat(read.get(0).isDone()).isTrue();
    assertThat(read.get(1).failure().orElseThrow().kind()).isEqualTo(FailureKind.GONE);
    assertThat(read.get(2).value().content().title()).isEqualTo("To");
    assertThat(read.failedCount()).isEqualTo(1);
  }
}
