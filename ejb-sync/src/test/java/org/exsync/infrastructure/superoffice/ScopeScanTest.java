package org.exsync.infrastructure.superoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exsync.infrastructure.superoffice.SuperOfficeFixture.YEAR;
import static org.exsync.infrastructure.superoffice.SuperOfficeFixture.done;
import static org.exsync.infrastructure.superoffice.SuperOfficeFixture.versions;

import java.util.Map;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.port.CrmChanges;
import org.exsync.engine.port.CrmScan;
import org.exsync.engine.port.CrmScope;
import org.exsync.sandbox.data.SeedSelection;
import org.exsync.sandbox.superoffice.store.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One list of a scope with each row's stamp tells both what changed since the watermark and which
 * items the scope holds: exactly what listing the changes and the ids apart tells, in one list page
 * where those take two. The requests are counted by the simulator.
 */
class ScopeScanTest {

  private final SuperOfficeFixture so = new SuperOfficeFixture();

  @AfterEach
  void close() {
    so.close();
  }

  private static Person promoted(Person person) {
    return new Person(
        person.id(),
        person.contactId(),
        person.firstName(),
        person.middleName(),
        person.lastName(),
        "Sjef",
        person.emails(),
        person.officePhone(),
        person.mobilePhone(),
        person.privatePhone(),
        person.ownerAssociateId(),
        person.retired(),
        person.stamp());
  }

  /** What the scan of a scope finds after its first item changed, against the two lists apart. */
  private void scanFindsWhatTheTwoListsFind(CrmScope scope, Runnable changeFirst) {
    CrmChanges synced = done(so.gateway.changes(scope, null));
    assertThat(synced.changed()).hasSizeGreaterThan(1);
    so.tick();
    changeFirst.run();
    CrmChanges apart = done(so.gateway.changes(scope, synced.watermark(), versions(synced)));
    long beforeIds = so.requests();
    var ids = done(so.gateway.presentIds(scope));
    long idList = so.requests() - beforeIds;

    long mark = so.requests();
    CrmScan scan = done(so.gateway.scan(scope, synced.watermark(), versions(synced)));

    assertThat(apart.changed()).hasSize(1);
    assertThat(scan.changes()).isEqualTo(apart);
    assertThat(scan.presentIds()).isEqualTo(ids);
    assertThat(idList).isEqualTo(1);
    assertThat(so.requests() - mark).as("one list page and the changed item's read").isEqualTo(2);
  }

  @Test
  void diaryScan_findsTheChangesAndIdsTheTwoListsFind_inOneListPage() {
    CrmScope diary = CrmScope.diary(so.user(0).associateId(), YEAR);
    SourceItem single =
        done(so.gateway.changes(diary, null)).changed().stream()
            .filter(item -> CrmIds.seriesOf(item.id()).isEmpty())
            .findFirst()
            .orElseThrow();

    scanFindsWhatTheTwoListsFind(
        diary,
        () ->
            so.simulator.changeAppointment(
                Integer.parseInt(single.id()), diary.associateId(), a -> a.withTitle("Endret")));
  }

  @Test
  void ownContactsScan_findsTheChangesAndIdsTheTwoListsFind_inOneListPage() {
    CrmScope contacts = CrmScope.ownContacts(so.user(2).associateId());
    String first = done(so.gateway.changes(contacts, null)).changed().get(0).id();

    scanFindsWhatTheTwoListsFind(
        contacts,
        () ->
            so.simulator.changePerson(
                Integer.parseInt(first), contacts.associateId(), ScopeScanTest::promoted));
  }

  @Test
  void selectionScan_findsTheChangesAndIdsTheTwoListsFind_inOneListPage() {
    SeedSelection selection =
        so.world.selections().stream()
            .filter(s -> s.memberPersonIds().size() > 1)
            .findFirst()
            .orElseThrow();
    CrmScope members = CrmScope.selection(so.user(0).associateId(), selection.selectionId());
    String first = done(so.gateway.changes(members, null)).changed().get(0).id();

    scanFindsWhatTheTwoListsFind(
        members,
        () ->
            so.simulator.changePerson(
                Integer.parseInt(first), members.associateId(), ScopeScanTest::promoted));
  }

  @Test
  void rowsStampedBeforeTheWatermark_areLeftOut_andThoseInItsSecond_areReported() {
    CrmScope diary = CrmScope.diary(so.user(0).associateId(), YEAR);
    var items =
        done(so.gateway.changes(diary, null)).changed().stream()
            .filter(item -> CrmIds.seriesOf(item.id()).isEmpty())
            .toList();
    int earlier = Integer.parseInt(items.get(0).id());
    int later = Integer.parseInt(items.get(1).id());
    so.tick();
    so.simulator.changeAppointment(earlier, diary.associateId(), a -> a.withTitle("Før"));
    so.tick();
    so.simulator.changeAppointment(later, diary.associateId(), a -> a.withTitle("Etter"));
    CrmChanges both = done(so.gateway.changes(diary, null));
    java.time.Instant watermark = both.watermark();

    CrmScan scan = done(so.gateway.scan(diary, watermark, Map.of()));

    assertThat(scan.changes().changed())
        .extracting(SourceItem::id)
        .containsExactly(String.valueOf(later));
    assertThat(scan.changes().watermark()).isEqualTo(watermark);
    assertThat(scan.presentIds()).contains(String.valueOf(earlier), String.valueOf(later));
  }
}
