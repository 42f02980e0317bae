package org.exsync.infrastructure.superoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exsync.infrastructure.superoffice.SuperOfficeFixture.YEAR;
import static org.exsync.infrastructure.superoffice.SuperOfficeFixture.done;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.port.CrmChanges;
import org.exsync.engine.port.CrmScope;
import org.exsync.engine.port.ItemResults;
import org.exsync.sandbox.data.SeedUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Changed single appointments and to-dos read many to a call: the same items, versions, content and
 * planned zones as reading each entity on its own, for fewer SuperOffice requests (counted by the
 * simulator).
 */
class AppointmentBatchTest {

  private final SuperOfficeFixture so = new SuperOfficeFixture();

  @AfterEach
  void close() {
    so.close();
  }

  private long agentCalls() {
    return so.simulator.counters().snapshot().getOrDefault("requests.Agents", 0L);
  }

  private static boolean isSeries(String id) {
    return CrmIds.seriesOf(id).isPresent();
  }

  /** Each item read on its own, the way the engine reads an id it was not told of. */
  private List<SourceItem> oneByOne(ItemKind kind, List<String> ids) {
    ItemResults<SourceItem> results = done(so.gateway.read(kind, ids));
    return java.util.stream.IntStream.range(0, ids.size())
        .mapToObj(i -> done(results.get(i)))
        .toList();
  }

  /** The time zone locations the single items of these ids were planned in. */
  private Set<ZoneId> plannedZones(List<String> ids) {
    return ids.stream()
        .filter(id -> !isSeries(id))
        .map(id -> so.simulator.store().appointments().get(CrmIds.single(id)).orElseThrow().zone())
        .collect(Collectors.toSet());
  }

  /**
   * The base zone and each time zone location are read once and kept, so that they are in no count
   * of the test: the base zone by its own call, a location by the entity read of its first
   * appointment, since the Agents carrier names the location but holds none of its data.
   */
  private void readEveryLocationOnce() {
    done(so.gateway.baseZone());
    for (SeedUser user : so.world.users()) {
      done(so.gateway.changes(CrmScope.diary(user.associateId(), YEAR), null));
      done(so.gateway.changes(CrmScope.tasks(user.associateId(), YEAR), null));
    }
  }

  @Test
  void aLocationsFirstAppointment_isReadAsTheEntity_andItsLaterOnesComeFromTheAgentsCallAlone() {
    done(so.gateway.baseZone());
    SeedUser user = so.world.users().get(0);
    CrmScope diary = CrmScope.diary(user.associateId(), YEAR);

    long before = so.requests();
    CrmChanges first = done(so.gateway.changes(diary, null));
    long firstTime = so.requests() - before;
    long mark = so.requests();
    CrmChanges again = done(so.gateway.changes(diary, null));
    long secondTime = so.requests() - mark;

    List<String> ids = first.changed().stream().map(SourceItem::id).toList();
    assertThat(ids.stream().filter(id -> !isSeries(id)).count()).isGreaterThan(1);
    assertThat(again.changed()).isEqualTo(first.changed());
    assertThat(first.changed()).isEqualTo(oneByOne(ItemKind.DIARY, ids));
    assertThat(firstTime - secondTime)
        .as("one entity read for each location the diary's single items were planned in")
        .isEqualTo(plannedZones(ids).size())
        .isPositive();
  }

  @Test
  void everyDiaryOfTheWorld_readsTheSameAsEntityByEntity_withAnAgentsCallForTheSingleItems() {
    readEveryLocationOnce();
    for (SeedUser user : so.world.users()) {
      CrmScope diary = CrmScope.diary(user.associateId(), YEAR);
      long before = so.requests();
      long agentsBefore = agentCalls();
      CrmChanges changes = done(so.gateway.changes(diary, null));
      long listed = so.requests() - before;
      List<String> ids = changes.changed().stream().map(SourceItem::id).toList();
      long singles = ids.stream().filter(id -> !isSeries(id)).count();
      long series = ids.size() - singles;

      long mark = so.requests();
      List<SourceItem> entities = oneByOne(ItemKind.DIARY, ids);
      long perEntity = so.requests() - mark;

      assertThat(changes.changed()).as("diary of %s", user.userName()).isEqualTo(entities);
      if (singles > 1) {
        assertThat(agentCalls() - agentsBefore).isEqualTo(1);
        // One list page, one Agents call, and a series' rows and rule each; before, a GET each.
        assertThat(listed).isEqualTo(1 + 1 + 2 * series);
        assertThat(perEntity).isEqualTo(singles + 2 * series);
      }
    }
  }

  @Test
  void toDos_readTheSameAsEntityByEntity_inOneAgentsCall() {
    SeedUser user =
        so.world.users().stream()
            .filter(
                u -> done(so.gateway.presentIds(CrmScope.tasks(u.associateId(), YEAR))).size() > 1)
            .findFirst()
            .orElseThrow();
    CrmScope tasks = CrmScope.tasks(user.associateId(), YEAR);
    readEveryLocationOnce();

    long before = so.requests();
    CrmChanges changes = done(so.gateway.changes(tasks, null));
    long listed = so.requests() - before;
    List<String> ids = changes.changed().stream().map(SourceItem::id).toList();

    assertThat(changes.changed()).isEqualTo(oneByOne(ItemKind.TASK, ids));
    assertThat(listed).as("the list page and one Agents call").isEqualTo(2);
  }
}
