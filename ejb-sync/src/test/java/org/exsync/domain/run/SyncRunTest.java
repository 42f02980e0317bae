package org.exsync.domain.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.exsync.domain.Fixtures.NOW;

import java.time.Duration;
import java.time.Instant;
import org.exsync.domain.Fixtures;
import org.exsync.domain.shared.ItemKind;
import org.junit.jupiter.api.Test;

class SyncRunTest {

  private final SyncRun run =
      new SyncRun(Fixtures.withId(Fixtures.link(ItemKind.DIARY), 1L), RunTrigger.MANUAL, NOW);

  @Test
  void newRun_isRunningWithZeroCounts() {
    assertThat(run.getOutcome()).isEqualTo(RunOutcome.RUNNING);
    assertThat(run.isFinished()).isFalse();
    assertThat(run.getFinishedAt()).isEmpty();
    assertThat(run.getDuration()).isEmpty();
    assertThat(run.getCounts()).isEqualTo(RunCounts.none());
    assertThat(run.getTrigger()).isEqualTo(RunTrigger.MANUAL);
  }

  @Test
  void finish_recordsOutcomeCountsMessageAndDuration() {
    RunCounts counts =
        RunCounts.none().plus(Side.EXCHANGE, ChangeAction.CREATED, 4).plusConflicts(1);
    Instant end = NOW.plusSeconds(12);

    run.finish(RunOutcome.PARTIAL, counts, "1 conflict", end);

    assertThat(run.isFinished()).isTrue();
    assertThat(run.getOutcome()).isEqualTo(RunOutcome.PARTIAL);
    assertThat(run.getCounts()).isEqualTo(counts);
    assertThat(run.getMessage()).contains("1 conflict");
    assertThat(run.getFinishedAt()).contains(end);
    assertThat(run.getDuration()).contains(Duration.ofSeconds(12));
  }

  @Test
  void finish_onlyOnce() {
    run.finish(RunOutcome.SUCCEEDED, RunCounts.none(), null, NOW.plusSeconds(1));

    assertThatThrownBy(
            () -> run.finish(RunOutcome.FAILED, RunCounts.none(), "again", NOW.plusSeconds(2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already finished at " + NOW.plusSeconds(1) + " as SUCCEEDED");
    assertThat(run.getOutcome()).isEqualTo(RunOutcome.SUCCEEDED);
  }

  @Test
  void finish_refusesEndBeforeStart() {
    assertThatThrownBy(
            () -> run.finish(RunOutcome.SUCCEEDED, RunCounts.none(), null, NOW.minusMillis(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("finishedAt must not lie before startedAt (" + NOW + ")");
    assertThat(run.isFinished()).isFalse();
  }

  @Test
  void finish_acceptsEndAtStart() {
    run.finish(RunOutcome.THROTTLED, RunCounts.none(), "ErrorServerBusy", NOW);

    assertThat(run.getDuration()).contains(Duration.ZERO);
  }

  @Test
  void finish_refusesRunningAsOutcome() {
    assertThatThrownBy(() -> run.finish(RunOutcome.RUNNING, RunCounts.none(), null, NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got RUNNING");
    assertThat(run.isFinished()).isFalse();
  }

  @Test
  void finish_withoutCounts_changesNothing() {
    assertThatThrownBy(() -> run.finish(RunOutcome.FAILED, null, "x", NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("counts is required but was null");
    assertThat(run.getOutcome()).isEqualTo(RunOutcome.RUNNING);
  }

  @Test
  void finish_clipsLongMessageToColumn() {
    run.finish(RunOutcome.FAILED, RunCounts.none().plusErrors(1), "e".repeat(9000), NOW);

    assertThat(run.getMessage()).get().asString().hasSize(SyncRun.MESSAGE_LENGTH);
  }

  @Test
  void finishThrottled_keepsTheBackOff_andAnOtherEndHasNone() {
    run.finishThrottled(
        RunCounts.none(), "Exchange asked to wait", Duration.ofSeconds(30), NOW.plusSeconds(3));

    assertThat(run.getOutcome()).isEqualTo(RunOutcome.THROTTLED);
    assertThat(run.getBackOff()).contains(Duration.ofSeconds(30));
    assertThat(run.getDuration()).contains(Duration.ofSeconds(3));

    SyncRun other =
        new SyncRun(Fixtures.withId(Fixtures.link(ItemKind.DIARY), 1L), RunTrigger.SCHEDULED, NOW);
    other.finish(RunOutcome.SUCCEEDED, RunCounts.none(), null, NOW.plusSeconds(1));
    assertThat(other.getBackOff()).isEmpty();
  }

  @Test
  void finishThrottled_refusesANegativeBackOff_andLeavesTheRunRunning() {
    assertThatThrownBy(
            () ->
                run.finishThrottled(
                    RunCounts.none(), "busy", Duration.ofSeconds(-1), NOW.plusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("backOff must be zero or more");
    assertThat(run.isFinished()).isFalse();
  }
}
