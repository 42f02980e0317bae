package org.exsync.infrastructure.superoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exsync.infrastructure.superoffice.SuperOfficeFixture.YEAR;
import static org.exsync.infrastructure.superoffice.SuperOfficeFixture.done;
import static org.exsync.infrastructure.superoffice.SuperOfficeFixture.versions;

import java.util.List;
import java.util.Map;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.Items;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.ContactItem;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.port.CrmChanges;
import org.exsync.engine.port.CrmScope;
import org.exsync.engine.port.ItemUpdate;
import org.exsync.engine.port.WriteReceipt;
import org.exsync.sandbox.data.SeedUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Listing changes with the versions Exsync synced last: an item listed at its synced version is
 * left out without a read of its own, a changed one comes out exactly as a full read gives it. The
 * requests are counted by the simulator.
 */
class SyncedVersionsTest {

  private final SuperOfficeFixture so = new SuperOfficeFixture();

  @AfterEach
  void close() {
    so.close();
  }

  private static SourceItem byId(CrmChanges changes, String id) {
    return changes.changed().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  /** The first seeded user whose diary holds both single appointments and a series. */
  private SeedUser userWithSeries() {
    for (SeedUser user : so.world.users()) {
      List<String> ids =
          done(so.gateway.changes(CrmScope.diary(user.associateId(), YEAR), null))
              .changed()
              .stream()
              .map(SourceItem::id)
              .toList();
      if (ids.stream().anyMatch(SyncedVersionsTest::isSeries)
          && ids.stream().anyMatch(id -> !isSeries(id))) {
        return user;
      }
    }
    throw new AssertionError("the seeded world has no diary with a series and a single item");
  }

  private static boolean isSeries(String id) {
    return CrmIds.seriesOf(id).isPresent();
  }

  @Test
  void
      diaryItemsAtTheirSyncedVersion_areLeftOutUnread_andTheChangedOneComesOutAsAFullReadGivesIt() {
    CrmScope diary = CrmScope.diary(userWithSeries().associateId(), YEAR);
    CrmChanges synced = done(so.gateway.changes(diary, null));
    SourceItem single =
        synced.changed().stream().filter(i -> !isSeries(i.id())).findFirst().orElseThrow();
    so.tick();
    AppointmentItem edited =
        Items.withSubject((AppointmentItem) single.content(), "Flyttet til fredag");
    WriteReceipt receipt =
        done(
            done(so.gateway.update(
                    ItemKind.DIARY, List.of(new ItemUpdate(single.id(), single.version(), edited))))
                .get(0));
    CrmChanges everything = done(so.gateway.changes(diary, null));

    long mark = so.requests();
    CrmChanges changes = done(so.gateway.changes(diary, null, versions(synced)));
    long listedAndOneRead = so.requests() - mark;

    assertThat(changes.changed()).extracting(SourceItem::id).containsExactly(single.id());
    SourceItem read = changes.changed().get(0);
    assertThat(read).isEqualTo(byId(everything, single.id()));
    assertThat(SyncedVersions.instant(read.version()))
        .as("the stamp the write left")
        .isEqualTo(SyncedVersions.instant(receipt.version()));
    assertThat(read.contentHash()).isEqualTo(edited.contentHash());
    assertThat(changes.watermark()).isEqualTo(everything.watermark());
    // One list page and the changed item's read; the others cost nothing of their own.
    assertThat(listedAndOneRead).isEqualTo(2);
  }

  @Test
  void aSeriesIsLeftOutWhileItsNewestRowIsAtTheSyncedVersion_andReadAgainOnceARowChanged() {
    CrmScope diary = CrmScope.diary(userWithSeries().associateId(), YEAR);
    CrmChanges synced = done(so.gateway.changes(diary, null));
    SourceItem series =
        synced.changed().stream().filter(i -> isSeries(i.id())).findFirst().orElseThrow();
    so.tick();
    AppointmentItem edited =
        Items.withSubject((AppointmentItem) series.content(), "Ukemøte, nytt navn");
    WriteReceipt receipt =
        done(
            done(so.gateway.update(
                    ItemKind.DIARY, List.of(new ItemUpdate(series.id(), series.version(), edited))))
                .get(0));
    CrmChanges everything = done(so.gateway.changes(diary, null));

    CrmChanges changed = done(so.gateway.changes(diary, null, versions(synced)));
    Map<String, String> afterWrite = versions(synced);
    afterWrite.put(receipt.id(), receipt.version());
    CrmChanges echo = done(so.gateway.changes(diary, null, afterWrite));
    Map<String, String> afterEcho = versions(synced);
    afterEcho.put(series.id(), byId(echo, series.id()).version());
    long mark = so.requests();
    CrmChanges quiet = done(so.gateway.changes(diary, null, afterEcho));

    assertThat(changed.changed()).extracting(SourceItem::id).containsExactly(series.id());
    assertThat(changed.changed().get(0)).isEqualTo(byId(everything, series.id()));
    assertThat(echo.changed())
        .as("the echo of Exsync's own write, read once: its second may still have held an edit")
        .extracting(SourceItem::id)
        .containsExactly(series.id());
    assertThat(byId(echo, series.id()).contentHash()).isEqualTo(edited.contentHash());
    assertThat(byId(echo, series.id()).version()).isNotEqualTo(receipt.version());
    assertThat(quiet.changed()).as("once read after its second").isEmpty();
    assertThat(quiet.watermark()).isEqualTo(everything.watermark());
    assertThat(so.requests() - mark).as("the list page only").isEqualTo(1);
  }

  @Test
  void anEditMadeInTheVerySecondOfExsyncsOwnWrite_isNotTakenForItsEcho() {
    CrmScope diary = CrmScope.diary(userWithSeries().associateId(), YEAR);
    CrmChanges synced = done(so.gateway.changes(diary, null));
    SourceItem single =
        synced.changed().stream().filter(i -> !isSeries(i.id())).findFirst().orElseThrow();
    int owner = diary.associateId();
    so.tick();
    AppointmentItem written =
        Items.withSubject((AppointmentItem) single.content(), "Skrevet av Exsync");
    WriteReceipt receipt =
        done(
            done(so.gateway.update(
                    ItemKind.DIARY,
                    List.of(new ItemUpdate(single.id(), single.version(), written))))
                .get(0));
    // The clock stands still: the user's edit is stamped in the second of Exsync's write.
    so.simulator.changeAppointment(
        Integer.parseInt(single.id()), owner, a -> a.withTitle("Rettet av brukeren"));
    Map<String, String> afterWrite = versions(synced);
    afterWrite.put(receipt.id(), receipt.version());

    CrmChanges next = done(so.gateway.changes(diary, null, afterWrite));

    SourceItem listed = byId(next, single.id());
    assertThat(SyncedVersions.instant(listed.version()))
        .isEqualTo(SyncedVersions.instant(receipt.version()));
    assertThat(listed.content().title()).isEqualTo("Rettet av brukeren");
  }

  @Test
  void personsAtTheirSyncedVersion_areLeftOutUnread_andTheChangedOneComesOutAsAFullReadGivesIt() {
    CrmScope contacts = CrmScope.ownContacts(so.user(2).associateId());
    long before = so.requests();
    CrmChanges synced = done(so.gateway.changes(contacts, null));
    long everyItemRead = so.requests() - before;
    assertThat(synced.changed()).hasSizeGreaterThan(1);
    SourceItem person = synced.changed().get(0);
    ContactItem contact = (ContactItem) person.content();
    so.tick();
    ContactItem promoted =
        new ContactItem(
            contact.givenName(),
            contact.middleName(),
            contact.surname(),
            contact.company(),
            "Daglig leder",
            contact.emails(),
            contact.phones(),
            Map.of());
    done(
        done(so.gateway.update(
                ItemKind.CONTACT, List.of(new ItemUpdate(person.id(), person.version(), promoted))))
            .get(0));
    CrmChanges everything = done(so.gateway.changes(contacts, null));

    long mark = so.requests();
    CrmChanges changes = done(so.gateway.changes(contacts, null, versions(synced)));
    long listedAndOneRead = so.requests() - mark;

    assertThat(changes.changed()).extracting(SourceItem::id).containsExactly(person.id());
    assertThat(changes.changed().get(0)).isEqualTo(byId(everything, person.id()));
    assertThat(((ContactItem) changes.changed().get(0).content()).jobTitle())
        .isEqualTo("Daglig leder");
    assertThat(changes.watermark()).isEqualTo(everything.watermark());
    assertThat(listedAndOneRead).isEqualTo(2);
    assertThat(everyItemRead).isGreaterThan(synced.changed().size());
  }

  @Test
  void withoutSyncedVersions_everyListedItemIsReadAsBefore() {
    CrmScope contacts = CrmScope.ownContacts(so.user(2).associateId());

    CrmChanges plain = done(so.gateway.changes(contacts, null));
    CrmChanges none = done(so.gateway.changes(contacts, null, Map.of()));

    assertThat(none.changed()).isEqualTo(plain.changed());
    assertThat(none.changed()).isNotEmpty();
  }
}
