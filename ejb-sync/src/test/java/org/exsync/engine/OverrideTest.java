package org.exsync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exsync.engine.Items.meeting;

import java.time.Instant;
import java.util.Set;
import org.exsync.domain.link.ConflictPolicy;
import org.exsync.domain.run.Side;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.port.Failure;
import org.exsync.engine.store.ConflictOutcome;
import org.exsync.engine.store.ConflictRecord;
import org.exsync.engine.store.OverrideSettlement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An admin takes the other version of a recorded conflict; the next run writes it to both sides.
 */
class OverrideTest {

  private static final Instant TEN = Instant.parse("2026-03-10T10:00:00Z");
  private static final AppointmentItem BUDGET = meeting("Budget", TEN);
  private static final AppointmentItem CRM_TITLE = Items.withSubject(BUDGET, "CRM title");
  private static final AppointmentItem EXCHANGE_TITLE = Items.withSubject(BUDGET, "Exchange title");

  private Harness h;
  private String crmId;
  private String exchangeId;

  @BeforeEach
  void syncedMeeting() {
    h = new Harness();
    h.kinds = Set.of(ItemKind.DIARY);
    crmId = h.crmCreates(BUDGET);
    h.runTwice();
    exchangeId = h.exchangeIdOf(ItemKind.DIARY, crmId);
  }

  /** Exchange changes last, so the policy keeps Exchange's version. */
  private ConflictRecord exchangeKept() {
    h.crm.userUpdates(crmId, CRM_TITLE);
    h.exchange.userUpdates(exchangeId, EXCHANGE_TITLE);
    h.runTwice();
    assertBothHold(EXCHANGE_TITLE);
    ConflictRecord conflict = onlyConflict();
    assertThat(conflict.outcome()).isEqualTo(ConflictOutcome.EXCHANGE_KEPT);
    return conflict;
  }

  @Test
  void exchangeKept_takingSuperOffice_writesSuperOfficesVersionToBothSides() {
    h.store.requestOverride(h.pair(ItemKind.DIARY), exchangeKept(), Side.CRM);

    SyncReport report = h.runTwice();

    assertBothHold(CRM_TITLE);
    assertThat(report.counts(Side.CRM).updated()).isEqualTo(1);
    assertThat(report.counts(Side.EXCHANGE).updated()).isEqualTo(1);
    assertThat(report.conflicts()).isZero();
    OverrideSettlement settled = onlySettlement();
    assertThat(settled.applied()).isTrue();
    assertThat(settled.note()).isEqualTo("SuperOffice's version was written to both sides");
    assertThat(h.store.overrides(h.pair(ItemKind.DIARY))).isEmpty();
  }

  @Test
  void crmKept_takingExchange_writesExchangesVersionToBothSides() {
    h.policy = ConflictPolicy.CRM_WINS;
    h.crm.userUpdates(crmId, CRM_TITLE);
    h.exchange.userUpdates(exchangeId, EXCHANGE_TITLE);
    h.runTwice();
    assertBothHold(CRM_TITLE);

    h.store.requestOverride(h.pair(ItemKind.DIARY), onlyConflict(), Side.EXCHANGE);
    h.runTwice();

    assertBothHold(EXCHANGE_TITLE);
    assertThat(onlySettlement().applied()).isTrue();
    assertThat(onlySettlement().note()).isEqualTo("Exchange's version was written to both sides");
  }

  @Test
  void merged_takingExchange_undoesSuperOfficesPartOfTheMerge() {
    AppointmentItem inRoom7 = Items.withLocation(BUDGET, "Room 7");
    h.crm.userUpdates(crmId, Items.withSubject(BUDGET, "New title"));
    h.exchange.userUpdates(exchangeId, inRoom7);
    h.runTwice();
    assertThat(onlyConflict().outcome()).isEqualTo(ConflictOutcome.MERGED);

    h.store.requestOverride(h.pair(ItemKind.DIARY), onlyConflict(), Side.EXCHANGE);
    h.runTwice();

    assertBothHold(inRoom7);
  }

  @Test
  void itemChangedAgainSinceTheConflict_overrideIsRefusedAndTheNewerChangeStands() {
    h.store.requestOverride(h.pair(ItemKind.DIARY), exchangeKept(), Side.CRM);
    AppointmentItem newer = Items.withSubject(BUDGET, "Changed again in Outlook");
    h.exchange.userUpdates(exchangeId, newer);

    h.runTwice();

    assertBothHold(newer);
    OverrideSettlement settled = onlySettlement();
    assertThat(settled.applied()).isFalse();
    assertThat(settled.note()).contains("changed or deleted again after the conflict");
  }

  @Test
  void itemDeletedSinceTheConflict_overrideIsRefusedAndTheDeletionStands() {
    h.store.requestOverride(h.pair(ItemKind.DIARY), exchangeKept(), Side.CRM);
    h.exchange.userDeletes(exchangeId);

    h.runTwice();

    assertThat(h.crm.content(crmId)).isEmpty();
    assertThat(onlySettlement().applied()).isFalse();
    assertThat(onlySettlement().note()).contains("deleted again after the conflict");
    assertThat(h.mappings(ItemKind.DIARY)).isEmpty();
  }

  @Test
  void itemNoLongerSynced_overrideIsRefused() {
    ConflictRecord conflict = exchangeKept();
    h.exchange.userDeletes(exchangeId);
    h.runTwice();
    h.store.requestOverride(h.pair(ItemKind.DIARY), conflict, Side.CRM);

    h.runTwice();

    assertThat(h.crm.content(crmId)).isEmpty();
    assertThat(onlySettlement().applied()).isFalse();
    assertThat(onlySettlement().note()).contains("no longer synced");
  }

  @Test
  void failedWrite_keepsTheOverrideForTheNextRun_whichWritesOnlyTheSideStillMissing() {
    h.store.requestOverride(h.pair(ItemKind.DIARY), exchangeKept(), Side.CRM);
    h.exchange.faults.failId(exchangeId, Failure.transientFailure("timeout"));

    SyncReport failed = h.run();

    assertThat(failed.counts(Side.CRM).updated()).isEqualTo(1);
    assertThat(h.crm.content(crmId)).contains(CRM_TITLE);
    assertThat(h.exchange.content(exchangeId)).contains(EXCHANGE_TITLE);
    assertThat(h.store.settledOverrides).isEmpty();
    assertThat(h.store.overrides(h.pair(ItemKind.DIARY))).hasSize(1);

    h.exchange.faults.clear();
    int crmWrites = h.crm.writes();
    SyncReport retried = h.runTwice();

    assertBothHold(CRM_TITLE);
    assertThat(h.crm.writes()).isEqualTo(crmWrites);
    assertThat(retried.counts(Side.EXCHANGE).updated()).isEqualTo(1);
    assertThat(onlySettlement().applied()).isTrue();
    assertThat(onlySettlement().note()).isEqualTo("SuperOffice's version was written to Exchange");
  }

  @Test
  void rejectedWrite_refusesTheOverride() {
    h.store.requestOverride(h.pair(ItemKind.DIARY), exchangeKept(), Side.CRM);
    h.exchange.faults.failId(exchangeId, Failure.rejected("The subject is too long"));

    h.run();

    OverrideSettlement settled = onlySettlement();
    assertThat(settled.applied()).isFalse();
    assertThat(settled.note())
        .isEqualTo("A side refused the chosen version: The subject is too long");
    assertThat(h.store.overrides(h.pair(ItemKind.DIARY))).isEmpty();
  }

  private ConflictRecord onlyConflict() {
    assertThat(h.store.conflicts).hasSize(1);
    return h.store.conflicts.get(0);
  }

  private OverrideSettlement onlySettlement() {
    assertThat(h.store.settledOverrides).hasSize(1);
    return h.store.settledOverrides.get(0);
  }

  private void assertBothHold(AppointmentItem expected) {
    assertThat(h.crm.content(crmId)).contains(expected);
    assertThat(h.exchange.content(exchangeId)).contains(expected);
  }
}
