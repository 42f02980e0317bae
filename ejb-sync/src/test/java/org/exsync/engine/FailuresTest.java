package org.exsync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exsync.engine.Items.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.exsync.domain.run.RunOutcome;
import org.exsync.domain.run.Side;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.FailureKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Typed failures: what stops a pair or the run, and what stays with one item. */
class FailuresTest {

  private static final Instant TEN = Instant.parse("2026-03-10T10:00:00Z");

  private Harness h;

  @BeforeEach
  void link() {
    h = new Harness();
    h.kinds = Set.of(ItemKind.DIARY, ItemKind.TASK);
  }

  @Test
  void throttled_stopsTheRun_withTheBackoff_andTheNextRunCatchesUp() {
    h.crmCreates(meeting("A", TEN));
    h.crmCreates(Items.task("T", TEN));
    h.exchange.faults.failNext(
        "create", Failure.throttled(Duration.ofSeconds(30), "ErrorServerBusy"));

    SyncReport throttled = h.run();

    assertThat(throttled.outcome()).isEqualTo(RunOutcome.THROTTLED);
    assertThat(throttled.backoffIfThrottled()).contains(Duration.ofSeconds(30));
    assertThat(throttled.pairs().get(0).status()).isEqualTo(PairStatus.THROTTLED);
    assertThat(throttled.pairs().get(1).status()).isEqualTo(PairStatus.NOT_RUN);
    assertThat(h.store.cursor(h.pair(ItemKind.DIARY)).isStart()).isTrue();

    SyncReport next = h.runTwice();

    assertThat(next.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(h.exchange.contents(ItemKind.DIARY)).hasSize(1);
    assertThat(h.exchange.contents(ItemKind.TASK)).hasSize(1);
  }

  @Test
  void oneItemThrottled_inAnAnsweredBatch_isRetriedNextRun_andTheOthersAreSynced() {
    h.crmCreates(meeting("Fine", TEN));
    h.crmCreates(meeting("Too many open", TEN));
    h.exchange.faults.failItems(
        item -> item.title().equals("Too many open"),
        Failure.throttled(Duration.ofSeconds(1), "ErrorTooManyObjectsOpened"));

    SyncReport first = h.run();
    assertThat(first.itemFailures()).hasSize(1);
    assertThat(h.exchange.contents(ItemKind.DIARY)).hasSize(1);

    h.exchange.faults.clear();
    h.runTwice();

    assertThat(h.exchange.contents(ItemKind.DIARY)).hasSize(2);
  }

  @Test
  void needsReauthentication_stopsTheRun_withTheReason() {
    h.crmCreates(meeting("A", TEN));
    h.exchange.faults.failNext("changes", Failure.needsReauthentication("invalid_grant"));

    SyncReport report = h.run();

    assertThat(report.outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(report.stop()).map(Failure::kind).contains(FailureKind.NEEDS_REAUTHENTICATION);
    assertThat(report.pairs().get(1).status()).isEqualTo(PairStatus.NOT_RUN);
    h.runTwice();
    assertThat(h.exchange.contents(ItemKind.DIARY)).hasSize(1);
  }

  @Test
  void denied_stopsTheRun_withTheFix() {
    h.crm.faults.failNext("changes", Failure.denied("No impersonation right", "Grant it"));

    SyncReport report = h.run();

    assertThat(report.stop()).map(Failure::fix).contains("Grant it");
    assertThat(report.outcome()).isEqualTo(RunOutcome.FAILED);
  }

  @Test
  void rejectedItem_failsAlone_andTheOthersAreSynced() {
    h.crmCreates(meeting("Fine", TEN));
    h.crmCreates(meeting("Refused", TEN));
    h.crmCreates(meeting("Also fine", TEN));
    h.exchange.faults.failItems(
        item -> item.title().equals("Refused"), Failure.rejected("Subject not allowed"));

    SyncReport report = h.run();

    assertThat(report.outcome()).isEqualTo(RunOutcome.PARTIAL);
    assertThat(report.counts(ItemKind.DIARY, Side.EXCHANGE).created()).isEqualTo(2);
    assertThat(report.itemFailures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.title()).isEqualTo("Refused");
              assertThat(f.side()).isEqualTo(Side.EXCHANGE);
              assertThat(f.failure().reason()).isEqualTo("Subject not allowed");
            });
  }

  @Test
  void transientItemFailure_isReadAgain_andSyncedOnTheNextRun() {
    String crmId = h.crmCreates(meeting("Budget", TEN));
    h.runTwice();
    h.crm.userUpdates(crmId, meeting("Budget v2", TEN));
    String exchangeId = h.exchangeIdOf(ItemKind.DIARY, crmId);
    h.exchange.faults.failId(exchangeId, Failure.transientFailure("timeout"));

    SyncReport failed = h.run();
    assertThat(failed.itemFailures()).hasSize(1);
    assertThat(h.store.cursor(h.pair(ItemKind.DIARY)).crmRetries()).contains(crmId);

    h.exchange.faults.clear();
    h.runTwice();

    assertThat(h.exchange.content(exchangeId)).contains(meeting("Budget v2", TEN));
    assertThat(h.store.cursor(h.pair(ItemKind.DIARY)).crmRetries()).isEmpty();
  }

  @Test
  void staleChangeKey_isAConflict_thatIsReadAndDecidedAgainNextRun() {
    String crmId = h.crmCreates(meeting("Budget", TEN));
    h.runTwice();
    String exchangeId = h.exchangeIdOf(ItemKind.DIARY, crmId);
    h.crm.userUpdates(crmId, meeting("Budget v2", TEN));
    h.exchange.faults.failId(exchangeId, Failure.conflict("ChangeKey is stale"));

    SyncReport first = h.run();
    assertThat(first.itemFailures())
        .singleElement()
        .satisfies(f -> assertThat(f.failure().kind()).isEqualTo(FailureKind.CONFLICT));

    h.exchange.faults.clear();
    h.runTwice();

    assertThat(h.exchange.content(exchangeId)).contains(meeting("Budget v2", TEN));
  }

  @Test
  void goneOnUpdate_isTreatedAsDeletedThere_onTheNextRun() {
    String crmId = h.crmCreates(meeting("Budget", TEN));
    h.runTwice();
    h.crm.userUpdates(crmId, meeting("Budget v2", TEN));
    String exchangeId = h.exchangeIdOf(ItemKind.DIARY, crmId);
    h.exchange.faults.failId(exchangeId, Failure.gone("deleted meanwhile"));

    h.run();
    h.exchange.faults.clear();
    h.exchange.userDeletes(exchangeId);
    h.runTwice();

    assertThat(h.exchange.contents(ItemKind.DIARY).values())
        .containsExactly(meeting("Budget v2", TEN));
    assertThat(h.mappings(ItemKind.DIARY).get(crmId).exchangeId()).isNotEqualTo(exchangeId);
  }

  @Test
  void unreadableExchangeItem_isSkippedWithItsReason_andThePageMovesOn() {
    String odd = h.exchange.userCreates(ItemKind.DIARY, meeting("Odd series", TEN));
    h.exchange.userCreates(ItemKind.DIARY, meeting("Plain", TEN));
    h.exchange.makeUnreadable(odd, Failure.rejected("Series rule not supported"));

    SyncReport report = h.run();

    assertThat(report.pairs().get(0).skipped())
        .singleElement()
        .satisfies(s -> assertThat(s.itemId()).isEqualTo(odd));
    assertThat(h.crm.contents(ItemKind.DIARY)).hasSize(1);
    assertThat(h.store.cursor(h.pair(ItemKind.DIARY)).exchangeSyncState()).isNotNull();
    SyncReport second = h.run();
    assertThat(second.pairs().get(0).skipped()).isEmpty();
  }

  @Test
  void transientFailureReadingOnePair_failsThatPairOnly() {
    h.crmCreates(Items.task("T", TEN));
    h.exchange.faults.failNext("changes", Failure.transientFailure("503"));

    SyncReport report = h.run();

    assertThat(report.pairs().get(0).status()).isEqualTo(PairStatus.FAILED);
    assertThat(report.pairs().get(1).status()).isEqualTo(PairStatus.COMPLETED);
    assertThat(report.outcome()).isEqualTo(RunOutcome.PARTIAL);
    assertThat(h.exchange.contents(ItemKind.TASK)).hasSize(1);
  }
}
