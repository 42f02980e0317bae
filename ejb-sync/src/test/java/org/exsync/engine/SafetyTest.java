package org.exsync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.exsync.engine.Items.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.exsync.domain.run.RunOutcome;
import org.exsync.domain.run.Side;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.port.SyncWindow;
import org.exsync.engine.sides.InMemoryStore;
import org.exsync.engine.store.TombstoneReason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What keeps a run from losing or wrongly deleting anything. */
class SafetyTest {

  private static final Instant TEN = Instant.parse("2026-03-10T10:00:00Z");

  private Harness h;

  @BeforeEach
  void link() {
    h = new Harness();
    h.kinds = Set.of(ItemKind.DIARY);
  }

  @Test
  void runThatWouldDeleteTooMuch_deletesNothing_andRaisesAnAlert() {
    List<String> crmIds = meetings(10);
    h.runTwice();
    for (int i = 0; i < 3; i++) {
      h.exchange.userDeletes(h.exchangeIdOf(ItemKind.DIARY, crmIds.get(i)));
    }
    h.exchange.userUpdates(
        h.exchangeIdOf(ItemKind.DIARY, crmIds.get(5)), meeting("changed meanwhile", TEN));

    SyncReport report = h.runTwice();

    assertThat(report.pairs().get(0).status()).isEqualTo(PairStatus.MASS_DELETE_STOPPED);
    assertThat(report.outcome()).isEqualTo(RunOutcome.PARTIAL);
    assertThat(h.crm.contents(ItemKind.DIARY)).hasSize(10);
    assertThat(h.crm.content(crmIds.get(5)).orElseThrow())
        .isNotEqualTo(meeting("changed meanwhile", TEN));
    assertThat(h.mappings(ItemKind.DIARY)).hasSize(10);
    assertThat(h.store.alerts).isNotEmpty();
    assertThat(h.store.alerts.get(0).side()).isEqualTo(Side.CRM);
    assertThat(h.store.alerts.get(0).wouldDelete()).isEqualTo(3);
    assertThat(h.store.alerts.get(0).message()).contains("3 of 10").contains("20 %");
  }

  @Test
  void windowMovingOnPastAnUnchangedItem_unlinksIt_andKeepsBothCopies() {
    String crmId = h.crmCreates(meeting("January", Instant.parse("2026-01-15T10:00:00Z")));
    h.runTwice();
    String exchangeId = h.exchangeIdOf(ItemKind.DIARY, crmId);

    h.window =
        new SyncWindow(
            Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2027-02-01T00:00:00Z"));
    SyncReport report = h.runTwice();

    assertThat(h.mappings(ItemKind.DIARY)).isEmpty();
    assertThat(h.crm.content(crmId)).isPresent();
    assertThat(h.exchange.content(exchangeId)).isPresent();
    assertThat(report.counts(Side.CRM).unlinked()).isEqualTo(1);
    assertThat(report.counts(Side.EXCHANGE)).isEqualTo(SideCounts.NONE);
  }

  @Test
  void deletionsWithinTheShare_goThrough() {
    List<String> crmIds = meetings(10);
    h.runTwice();
    h.crm.userDeletes(crmIds.get(0));
    h.crm.userDeletes(crmIds.get(1));

    SyncReport report = h.runTwice();

    assertThat(report.counts(Side.EXCHANGE).deleted()).isEqualTo(2);
    assertThat(h.store.alerts).isEmpty();
  }

  @Test
  void raisingTheShare_letsTheDeletionsThrough() {
    List<String> crmIds = meetings(10);
    h.runTwice();
    for (int i = 0; i < 5; i++) {
      h.crm.userDeletes(crmIds.get(i));
    }
    h.run();
    h.massDeletePercent = 60;

    h.runTwice();

    assertThat(h.exchange.contents(ItemKind.DIARY)).hasSize(5);
  }

  @Test
  void itemMovedOutOfTheWindow_isUnlinked_notDeleted() {
    String crmId = h.crmCreates(meeting("Kick-off", TEN));
    String other = h.crmCreates(meeting("Stays", TEN));
    h.runTwice();
    String exchangeId = h.exchangeIdOf(ItemKind.DIARY, crmId);

    Instant farAway = Instant.parse("2028-05-01T10:00:00Z");
    h.crm.userUpdates(crmId, meeting("Kick-off", farAway));
    SyncReport report = h.runTwice();

    assertThat(h.exchange.content(exchangeId)).contains(meeting("Kick-off", farAway));
    assertThat(h.exchange.contents(ItemKind.DIARY)).hasSize(2);
    assertThat(h.crm.content(crmId)).contains(meeting("Kick-off", farAway));
    assertThat(h.mappings(ItemKind.DIARY)).containsOnlyKeys(other);
    assertThat(report.counts(Side.CRM).unlinked()).isEqualTo(1);
    assertThat(h.store.tombstones.get(0).reason()).isEqualTo(TombstoneReason.LEFT_WINDOW);
  }

  @Test
  void exchangeItemMovedOutOfTheWindow_isUnlinked_notDeleted() {
    String crmId = h.crmCreates(meeting("Kick-off", TEN));
    h.runTwice();
    String exchangeId = h.exchangeIdOf(ItemKind.DIARY, crmId);

    AppointmentItem lastYear = meeting("Kick-off", Instant.parse("2025-05-01T10:00:00Z"));
    h.exchange.userUpdates(exchangeId, lastYear);
    h.runTwice();

    assertThat(h.exchange.content(exchangeId)).contains(lastYear);
    assertThat(h.crm.content(crmId))
        .as("the move is kept in step, then unlinked")
        .contains(lastYear);
    assertThat(h.exchange.contents(ItemKind.DIARY)).hasSize(1);
    assertThat(h.mappings(ItemKind.DIARY)).isEmpty();
  }

  @Test
  void windowMovingOn_bringsInItemsOfBothSidesThatWereOutside() {
    Instant later = Instant.parse("2027-02-10T10:00:00Z");
    String crmId = h.crmCreates(meeting("Next year, CRM", later));
    String exchangeId =
        h.exchange.userCreates(ItemKind.DIARY, meeting("Next year, Exchange", later));
    h.runTwice();
    assertThat(h.mappings(ItemKind.DIARY)).isEmpty();

    h.window =
        new SyncWindow(
            Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2027-03-01T00:00:00Z"));
    h.runTwice();

    assertThat(h.mappings(ItemKind.DIARY)).containsKey(crmId);
    assertThat(h.crmIdOf(ItemKind.DIARY, exchangeId)).isNotNull();
    assertThat(h.crm.contents(ItemKind.DIARY)).hasSize(2);
    assertThat(h.exchange.contents(ItemKind.DIARY)).hasSize(2);
  }

  @Test
  void crashBetweenBatches_thenARerun_losesNothing_andDuplicatesNothing() {
    for (int i = 0; i < 5; i++) {
      h.crmCreates(meeting("CRM " + i, TEN.plusSeconds(3600L * i)));
      h.exchange.userCreates(
          ItemKind.DIARY, meeting("EX " + i, TEN.plusSeconds(90_000L + 3600 * i)));
    }
    h.store.crashAtCommit(3);

    assertThatThrownBy(h::run).isInstanceOf(InMemoryStore.Crash.class);
    h.store.restarted();
    assertThat(h.store.cursor(h.pair(ItemKind.DIARY)).isStart()).isTrue();
    h.runTwice();

    assertThat(h.crm.contents(ItemKind.DIARY)).hasSize(10);
    assertThat(h.exchange.contents(ItemKind.DIARY)).hasSize(10);
    assertThat(h.mappings(ItemKind.DIARY)).hasSize(10);
  }

  @Test
  void crashAfterEveryCommit_inTurn_alwaysEndsInTheSameState() {
    Harness reference = scenarioWithChanges(new Harness());
    reference.runTwice();
    for (int crashAt = 1; crashAt <= 6; crashAt++) {
      Harness crashed = scenarioWithChanges(new Harness());
      crashed.store.crashAtCommit(crashAt + 2);
      try {
        crashed.run();
      } catch (InMemoryStore.Crash expected) {
        // the server died; it starts again below
      }
      crashed.store.restarted();
      crashed.runTwice();
      assertThat(crashed.crm.contents(ItemKind.DIARY).values())
          .as("crash at commit " + crashAt)
          .containsExactlyInAnyOrderElementsOf(reference.crm.contents(ItemKind.DIARY).values());
      assertThat(crashed.exchange.contents(ItemKind.DIARY).values())
          .containsExactlyInAnyOrderElementsOf(
              reference.exchange.contents(ItemKind.DIARY).values());
    }
  }

  private Harness scenarioWithChanges(Harness harness) {
    harness.kinds = Set.of(ItemKind.DIARY);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      ids.add(harness.crmCreates(meeting("M" + i, TEN.plusSeconds(3600L * i))));
    }
    harness.run();
    harness.crm.userUpdates(ids.get(0), meeting("M0 renamed", TEN));
    harness.exchange.userUpdates(
        harness.exchangeIdOf(ItemKind.DIARY, ids.get(1)),
        meeting("M1 renamed", TEN.plusSeconds(3600)));
    harness.crm.userDeletes(ids.get(2));
    harness.crmCreates(meeting("M4", TEN.plusSeconds(5 * 3600)));
    harness.exchange.userCreates(ItemKind.DIARY, meeting("X1", TEN.plusSeconds(6 * 3600)));
    harness.exchange.userCreates(ItemKind.DIARY, meeting("X2", TEN.plusSeconds(7 * 3600)));
    harness.massDeletePercent = 100;
    return harness;
  }

  private List<String> meetings(int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(h.crmCreates(meeting("Meeting " + i, TEN.plusSeconds(3600L * i))));
    }
    return ids;
  }

  static Duration seconds(int s) {
    return Duration.ofSeconds(s);
  }
}
