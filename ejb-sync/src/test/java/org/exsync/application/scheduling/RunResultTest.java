package org.exsync.application.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.exsync.domain.run.ChangeAction;
import org.exsync.domain.run.RunCounts;
import org.exsync.domain.run.RunOutcome;
import org.exsync.domain.run.Side;
import org.junit.jupiter.api.Test;

/** How a run's result becomes its recorded outcome and message. */
class RunResultTest {

  private static final RunCounts SOME = RunCounts.none().plus(Side.CRM, ChangeAction.CREATED, 3);

  @Test
  void aCompletedRun_succeeds_unlessSomeItemsFailed_thenItIsPartial() {
    assertThat(RunRecorder.outcomeOf(RunResult.completed(SOME))).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(RunRecorder.outcomeOf(RunResult.completed(SOME.plusErrors(1))))
        .isEqualTo(RunOutcome.PARTIAL);
    assertThat(RunRecorder.messageOf(RunResult.completed(SOME))).isNull();
  }

  @Test
  void aThrottledRun_isRecordedAsThrottled_withItsBackOff() {
    RunResult throttled =
        RunResult.throttled(Side.EXCHANGE, Duration.ofMillis(1500), "ErrorServerBusy", SOME);

    assertThat(RunRecorder.outcomeOf(throttled)).isEqualTo(RunOutcome.THROTTLED);
    assertThat(RunRecorder.messageOf(throttled)).isEqualTo("ErrorServerBusy (back off 1500 ms)");
  }

  @Test
  void aGrantThatNeedsReauthentication_andAFailure_areRecordedAsFailedRuns_withTheReason() {
    RunResult reauth = RunResult.needsReauthentication("AADSTS70008", RunCounts.none());
    RunResult failed = RunResult.failed("SuperOffice answered 500", RunCounts.none());

    assertThat(RunRecorder.outcomeOf(reauth)).isEqualTo(RunOutcome.FAILED);
    assertThat(RunRecorder.messageOf(reauth)).isEqualTo("Needs re-authentication: AADSTS70008");
    assertThat(RunRecorder.outcomeOf(failed)).isEqualTo(RunOutcome.FAILED);
    assertThat(RunRecorder.messageOf(failed)).isEqualTo("SuperOffice answered 500");
  }

  @Test
  void aResultWithoutWords_getsAMessageThatSaysWhatHappened() {
    assertThat(RunResult.failed(" ", RunCounts.none()))
        .extracting(r -> ((RunResult.Failed) r).message())
        .isEqualTo("The run failed without saying why");
    assertThat(RunResult.throttled(Side.CRM, Duration.ZERO, null, RunCounts.none()))
        .extracting(r -> ((RunResult.Throttled) r).message())
        .isEqualTo("CRM asked to back off");
  }

  @Test
  void aNegativeBackOff_isRefused() {
    assertThatThrownBy(
            () -> RunResult.throttled(Side.EXCHANGE, Duration.ofSeconds(-1), "x", RunCounts.none()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PT-1S");
  }
}
