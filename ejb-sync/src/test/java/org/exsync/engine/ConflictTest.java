package org.exsync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exsync.engine.Items.meeting;

import java.time.Instant;
import java.util.Set;
import org.exsync.domain.link.ConflictPolicy;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.ContactItem;
import org.exsync.engine.snapshot.ItemSnapshots;
import org.exsync.engine.store.ConflictOutcome;
import org.exsync.engine.store.ConflictRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Both sides changed since the last run: policies, the field merge, and the record of each. */
class ConflictTest {

  private static final Instant TEN = Instant.parse("2026-03-10T10:00:00Z");
  private static final AppointmentItem BUDGET = meeting("Budget", TEN);

  private Harness h;
  private String crmId;
  private String exchangeId;

  @BeforeEach
  void syncedMeeting() {
    h = new Harness();
    h.kinds = Set.of(ItemKind.DIARY, ItemKind.CONTACT);
  }

  private void synced(ConflictPolicy policy) {
    h.policy = policy;
    crmId = h.crmCreates(BUDGET);
    h.runTwice();
    exchangeId = h.exchangeIdOf(ItemKind.DIARY, crmId);
  }

  @Test
  void changedOnBothSides_lastModifiedWins_exchangeLater() {
    synced(ConflictPolicy.LAST_MODIFIED_WINS);
    h.crm.userUpdates(crmId, Items.withSubject(BUDGET, "CRM title"));
    h.exchange.userUpdates(exchangeId, Items.withSubject(BUDGET, "Exchange title"));

    SyncReport report = h.runTwice();

    assertBothHold(Items.withSubject(BUDGET, "Exchange title"));
    assertThat(report.conflicts()).isEqualTo(1);
    assertThat(onlyConflict().outcome()).isEqualTo(ConflictOutcome.EXCHANGE_KEPT);
  }

  @Test
  void changedOnBothSides_lastModifiedWins_crmLater() {
    synced(ConflictPolicy.LAST_MODIFIED_WINS);
    h.exchange.userUpdates(exchangeId, Items.withSubject(BUDGET, "Exchange title"));
    h.crm.userUpdates(crmId, Items.withSubject(BUDGET, "CRM title"));

    h.runTwice();

    assertBothHold(Items.withSubject(BUDGET, "CRM title"));
    assertThat(onlyConflict().outcome()).isEqualTo(ConflictOutcome.CRM_KEPT);
  }

  @Test
  void changedOnBothSides_crmWins_evenWhenExchangeIsLater() {
    synced(ConflictPolicy.CRM_WINS);
    h.crm.userUpdates(crmId, Items.withSubject(BUDGET, "CRM title"));
    h.exchange.userUpdates(exchangeId, Items.withSubject(BUDGET, "Exchange title"));

    h.runTwice();

    assertBothHold(Items.withSubject(BUDGET, "CRM title"));
    assertThat(onlyConflict().policy()).isEqualTo(ConflictPolicy.CRM_WINS);
  }

  @Test
  void changedOnBothSides_exchangeWins_evenWhenCrmIsLater() {
    synced(ConflictPolicy.EXCHANGE_WINS);
    h.exchange.userUpdates(exchangeId, Items.withSubject(BUDGET, "Exchange title"));
    h.crm.userUpdates(crmId, Items.withSubject(BUDGET, "CRM title"));

    h.runTwice();

    assertBothHold(Items.withSubject(BUDGET, "Exchange title"));
  }

  @Test
  void changesToDifferentFields_areMerged_underEveryPolicy() {
    for (ConflictPolicy policy : ConflictPolicy.values()) {
      h = new Harness();
      h.kinds = Set.of(ItemKind.DIARY);
      synced(policy);
      h.crm.userUpdates(crmId, Items.withSubject(BUDGET, "New title"));
      h.exchange.userUpdates(exchangeId, Items.withLocation(BUDGET, "Room 7"));

      h.runTwice();

      assertBothHold(Items.withLocation(Items.withSubject(BUDGET, "New title"), "Room 7"));
      assertThat(onlyConflict().outcome()).as(policy.name()).isEqualTo(ConflictOutcome.MERGED);
    }
  }

  @Test
  void contactChangesToDifferentFields_areMerged() {
    ContactItem kari = Items.contact("Kari", "Nordmann", "kari@acme.example");
    String personId = h.crmCreates(kari);
    h.runTwice();
    String contactId = h.exchangeIdOf(ItemKind.CONTACT, personId);

    h.crm.userUpdates(personId, Items.withJobTitle(kari, "CEO"));
    h.exchange.userUpdates(contactId, Items.withPhone(kari, "+47 999"));
    h.runTwice();

    ContactItem merged = Items.withPhone(Items.withJobTitle(kari, "CEO"), "+47 999");
    assertThat(h.crm.content(personId)).contains(merged);
    assertThat(h.exchange.content(contactId)).contains(merged);
  }

  @Test
  void sameChangeOnBothSides_isNoConflict() {
    synced(ConflictPolicy.LAST_MODIFIED_WINS);
    h.crm.userUpdates(crmId, Items.withSubject(BUDGET, "Same"));
    h.exchange.userUpdates(exchangeId, Items.withSubject(BUDGET, "Same"));
    int writes = h.crm.writes() + h.exchange.writes();

    SyncReport report = h.runTwice();

    assertThat(report.conflicts()).isZero();
    assertThat(h.store.conflicts).isEmpty();
    assertThat(h.crm.writes() + h.exchange.writes()).isEqualTo(writes);
  }

  @Test
  void everyConflict_isRecordedWithBothVersionsAndTheResult() {
    synced(ConflictPolicy.LAST_MODIFIED_WINS);
    h.crm.userUpdates(crmId, Items.withSubject(BUDGET, "CRM title"));
    h.exchange.userUpdates(exchangeId, Items.withSubject(BUDGET, "Exchange title"));

    h.runTwice();

    ConflictRecord record = onlyConflict();
    assertThat(record.crmId()).isEqualTo(crmId);
    assertThat(record.exchangeId()).isEqualTo(exchangeId);
    assertThat(ItemSnapshots.read(record.crmSnapshot()))
        .isEqualTo(Items.withSubject(BUDGET, "CRM title"));
    assertThat(ItemSnapshots.read(record.exchangeSnapshot()))
        .isEqualTo(Items.withSubject(BUDGET, "Exchange title"));
    assertThat(ItemSnapshots.read(record.resultSnapshot()))
        .isEqualTo(Items.withSubject(BUDGET, "Exchange title"));
    assertThat(record.title()).isEqualTo("CRM title");
  }

  private ConflictRecord onlyConflict() {
    assertThat(h.store.conflicts).hasSize(1);
    return h.store.conflicts.get(0);
  }

  private void assertBothHold(AppointmentItem expected) {
    assertThat(h.crm.content(crmId)).contains(expected);
    assertThat(h.exchange.content(exchangeId)).contains(expected);
  }
}
