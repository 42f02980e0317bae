package org.exsync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exsync.engine.Items.meeting;

import java.time.Instant;
import java.util.Set;
import org.exsync.domain.run.RunOutcome;
import org.exsync.domain.run.Side;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.CanonicalItem;
import org.exsync.engine.store.TombstoneReason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The decision matrix end to end: each cell as a change on the in-memory sides. */
class TwoWaySyncTest {

  private static final Instant TEN = Instant.parse("2026-03-10T10:00:00Z");

  private Harness h;

  @BeforeEach
  void link() {
    h = new Harness();
    h.kinds = Set.of(ItemKind.DIARY);
  }

  @Test
  void addedInCrm_isCreatedInExchange() {
    String crmId = h.crmCreates(meeting("Budget", TEN));

    SyncReport report = h.runTwice();

    assertThat(report.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(report.counts(ItemKind.DIARY, Side.EXCHANGE).created()).isEqualTo(1);
    assertThat(h.exchange.content(h.exchangeIdOf(ItemKind.DIARY, crmId)))
        .contains(meeting("Budget", TEN));
  }

  @Test
  void addedInExchange_isCreatedInCrm() {
    String exchangeId = h.exchange.userCreates(ItemKind.DIARY, meeting("Lunch", TEN));

    SyncReport report = h.runTwice();

    assertThat(report.counts(ItemKind.DIARY, Side.CRM).created()).isEqualTo(1);
    assertThat(h.crm.content(h.crmIdOf(ItemKind.DIARY, exchangeId)))
        .contains(meeting("Lunch", TEN));
  }

  @Test
  void changedInCrm_updatesExchange() {
    String crmId = h.crmCreates(meeting("Budget", TEN));
    h.runTwice();

    h.crm.userUpdates(crmId, meeting("Budget 2027", TEN));
    SyncReport report = h.runTwice();

    assertThat(report.counts(ItemKind.DIARY, Side.EXCHANGE).updated()).isEqualTo(1);
    assertThat(exchangeOf(crmId)).isEqualTo(meeting("Budget 2027", TEN));
  }

  @Test
  void changedInExchange_updatesCrm() {
    String crmId = h.crmCreates(meeting("Budget", TEN));
    h.runTwice();

    h.exchange.userUpdates(
        h.exchangeIdOf(ItemKind.DIARY, crmId),
        Items.withLocation(meeting("Budget", TEN), "Room 4"));
    SyncReport report = h.runTwice();

    assertThat(report.counts(ItemKind.DIARY, Side.CRM).updated()).isEqualTo(1);
    assertThat(h.crm.content(crmId)).contains(Items.withLocation(meeting("Budget", TEN), "Room 4"));
  }

  @Test
  void deletedInCrm_deletesInExchange_withTombstone() {
    String crmId = h.crmCreates(meeting("Budget", TEN));
    h.runTwice();
    String exchangeId = h.exchangeIdOf(ItemKind.DIARY, crmId);

    h.crm.userDeletes(crmId);
    SyncReport report = h.runTwice();

    assertThat(report.counts(ItemKind.DIARY, Side.EXCHANGE).deleted()).isEqualTo(1);
    assertThat(h.exchange.content(exchangeId)).isEmpty();
    assertThat(h.mappings(ItemKind.DIARY)).isEmpty();
    assertThat(h.store.tombstones)
        .singleElement()
        .satisfies(t -> assertThat(t.reason()).isEqualTo(TombstoneReason.DELETED_IN_CRM));
  }

  @Test
  void deletedInExchange_deletesInCrm() {
    String crmId = h.crmCreates(meeting("Budget", TEN));
    h.runTwice();

    h.exchange.userDeletes(h.exchangeIdOf(ItemKind.DIARY, crmId));
    SyncReport report = h.runTwice();

    assertThat(report.counts(ItemKind.DIARY, Side.CRM).deleted()).isEqualTo(1);
    assertThat(h.crm.content(crmId)).isEmpty();
    assertThat(h.store.tombstones.get(0).reason()).isEqualTo(TombstoneReason.DELETED_IN_EXCHANGE);
  }

  @Test
  void deletedOnBothSides_onlyEndsTheMapping() {
    String crmId = h.crmCreates(meeting("Budget", TEN));
    h.runTwice();

    h.exchange.userDeletes(h.exchangeIdOf(ItemKind.DIARY, crmId));
    h.crm.userDeletes(crmId);
    int writes = h.crm.writes() + h.exchange.writes();
    h.runTwice();

    assertThat(h.crm.writes() + h.exchange.writes()).isEqualTo(writes);
    assertThat(h.mappings(ItemKind.DIARY)).isEmpty();
    assertThat(h.store.tombstones.get(0).reason()).isEqualTo(TombstoneReason.DELETED_ON_BOTH);
  }

  @Test
  void changedInCrm_deletedInExchange_theEditWins_andIsCreatedAgain() {
    String crmId = h.crmCreates(meeting("Budget", TEN));
    h.runTwice();

    h.exchange.userDeletes(h.exchangeIdOf(ItemKind.DIARY, crmId));
    h.crm.userUpdates(crmId, meeting("Budget, moved", TEN));
    SyncReport report = h.runTwice();

    assertThat(report.counts(ItemKind.DIARY, Side.EXCHANGE).created()).isEqualTo(1);
    assertThat(exchangeOf(crmId)).isEqualTo(meeting("Budget, moved", TEN));
  }

  @Test
  void deletedInCrm_changedInExchange_theEditWins_andIsCreatedAgainInCrm() {
    String crmId = h.crmCreates(meeting("Budget", TEN));
    h.runTwice();
    String exchangeId = h.exchangeIdOf(ItemKind.DIARY, crmId);

    h.crm.userDeletes(crmId);
    h.exchange.userUpdates(exchangeId, meeting("Budget, kept", TEN));
    SyncReport report = h.runTwice();

    assertThat(report.counts(ItemKind.DIARY, Side.CRM).created()).isEqualTo(1);
    String newCrmId = h.crmIdOf(ItemKind.DIARY, exchangeId);
    assertThat(newCrmId).isNotEqualTo(crmId);
    assertThat(h.crm.content(newCrmId)).contains(meeting("Budget, kept", TEN));
    assertThat(h.mappings(ItemKind.DIARY)).hasSize(1);
  }

  @Test
  void unchangedOnBothSides_writesNothing() {
    h.crmCreates(meeting("Budget", TEN));
    h.runTwice();
    int writes = h.crm.writes() + h.exchange.writes();

    SyncReport report = h.runTwice();

    assertThat(h.crm.writes() + h.exchange.writes()).isEqualTo(writes);
    assertThat(report.counts(Side.CRM)).isEqualTo(SideCounts.NONE);
  }

  @Test
  void exsyncsOwnWrite_comingBack_isAnEcho_andNotWrittenBack() {
    h.crmCreates(meeting("Budget", TEN));
    h.run();
    int crmWrites = h.crm.writes();

    SyncReport second = h.run();

    assertThat(second.echoesSkipped()).isEqualTo(1);
    assertThat(h.crm.writes()).isEqualTo(crmWrites);
  }

  @Test
  void manyItems_goInSeveralBatches_andPagesOfChanges() {
    h.exchange.pageSize(2);
    for (int i = 0; i < 7; i++) {
      h.crmCreates(meeting("CRM " + i, TEN.plusSeconds(3600L * i)));
      h.exchange.userCreates(
          ItemKind.DIARY, meeting("EX " + i, TEN.plusSeconds(86_400 + 3600L * i)));
    }

    h.runTwice();

    assertThat(h.crm.contents(ItemKind.DIARY)).hasSize(14);
    assertThat(h.exchange.contents(ItemKind.DIARY)).hasSize(14);
    assertThat(h.mappings(ItemKind.DIARY)).hasSize(14);
    assertThat(h.store.committed.size()).isGreaterThan(3);
  }

  private CanonicalItem exchangeOf(String crmId) {
    return h.exchange.content(h.exchangeIdOf(ItemKind.DIARY, crmId)).orElseThrow();
  }
}
