package org.exsync.infrastructure.superoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exsync.infrastructure.superoffice.SuperOfficeFixture.YEAR;
import static org.exsync.infrastructure.superoffice.SuperOfficeFixture.done;

import java.util.List;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.port.CrmChanges;
import org.exsync.engine.port.CrmScope;
import org.exsync.engine.port.ItemResults;
import org.exsync.sandbox.data.SeedUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Changed single appointments and to-dos read many to a call: the same items, versions and content
 * as reading each entity on its own, for fewer SuperOffice requests (counted by the simulator).
 */
class AppointmentBatchTest {

  private final SuperOfficeFixture so = new SuperOfficeFixture();

  @AfterEach
  void close() {
    so.close();
  }

  private long requests() {
    return so.simulator.counters().snapshot().getOrDefault("requests", 0L);
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

  @Test
  void everyDiaryOfTheWorld_readsTheSameAsEntityByEntity_withAnAgentsCallForTheSingleItems() {
    done(so.gateway.baseZone()); // read once and kept, so that it is in no count below
    for (SeedUser user : so.world.users()) {
      CrmScope diary = CrmScope.diary(user.associateId(), YEAR);
      long before = requests();
      long agentsBefore = agentCalls();
      CrmChanges changes = done(so.gateway.changes(diary, null));
      long listed = requests() - before;
      List<String> ids = changes.changed().stream().map(SourceItem::id).toList();
      long singles = ids.stream().filter(id -> !isSeries(id)).count();
      long series = ids.size() - singles;

      long mark = requests();
      List<SourceItem> entities = oneByOne(ItemKind.DIARY, ids);
      long perEntity = requests() - mark;

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

    long before = requests();
    CrmChanges changes = done(so.gateway.changes(tasks, null));
    long listed = requests() - before;
    List<String> ids = changes.changed().stream().map(SourceItem::id).toList();

    assertThat(changes.changed()).isEqualTo(oneByOne(ItemKind.TASK, ids));
    assertThat(listed).as("the list page and one Agents call").isEqualTo(2);
  }
}
