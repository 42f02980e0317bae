package org.exsync.engine.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FailureTest {

  @Test
  void onlyThrottlingAndPassingProblems_areRetryable() {
    assertThat(Failure.throttled(Duration.ofSeconds(2), "ErrorServerBusy").isRetryable()).isTrue();
    assertThat(Failure.transientFailure("HTTP 503").isRetryable()).isTrue();
    assertThat(Failure.gone("ErrorItemNotFound").isRetryable()).isFalse();
    assertThat(Failure.denied("no impersonation right", "assign the role").isRetryable()).isFalse();
  }

  @Test
  void aDenial_mustSayHowToFixIt() {
    assertThatThrownBy(() -> new Failure(FailureKind.DENIED, "no right", null, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("how to fix");
  }

  @Test
  void aFailedOutcome_carriesItsFailureThroughMapAndThen() {
    Outcome<Integer> failed = Outcome.failed(Failure.conflict("ChangeKey is stale"));

    Outcome<String> chained = failed.map(n -> n + 1).then(n -> Outcome.done("x" + n));

    assertThat(chained.isDone()).isFalse();
    assertThat(chained.failure().orElseThrow().kind()).isEqualTo(FailureKind.CONFLICT);
    assertThatThrownBy(chained::value).hasMessageContaining("ChangeKey is stale");
  }

  @Test
  void aBatchThatCouldNotBeAsked_failsEveryItemAlike() {
    ItemResults<String> results =
        ItemResults.allFailed(3, Failure.throttled(Duration.ofMillis(500), "busy"));

    assertThat(results.size()).isEqualTo(3);
    assertThat(results.failedCount()).isEqualTo(3);
  }
}
