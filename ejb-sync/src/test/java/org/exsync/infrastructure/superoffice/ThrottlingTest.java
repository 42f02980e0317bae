package org.exsync.infrastructure.superoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exsync.infrastructure.superoffice.SuperOfficeFixture.YEAR;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.exsync.engine.port.CrmScope;
import org.exsync.engine.port.Outcome;
import org.exsync.sandbox.control.FaultKind;
import org.exsync.sandbox.control.FaultRule;
import org.junit.jupiter.api.Test;

class ThrottlingTest {

  @Test
  void twoThrottledAnswers_areWaitedOutForTheRetryAfterAsked_thenTheCallSucceeds() {
    try (SuperOfficeFixture so = new SuperOfficeFixture()) {
      so.simulator
          .faults()
          .add(
              FaultRule.always(FaultKind.HTTP_STATUS)
                  .withStatus(429)
                  .withDelayMillis(1000)
                  .times(2)
                  .forOperation("Appointment"));
      long started = System.nanoTime();

      Outcome<?> changes = so.gateway.changes(CrmScope.diary(so.user(0).associateId(), YEAR), null);

      Duration took = Duration.ofNanos(System.nanoTime() - started);
      assertThat(changes.failure()).isEmpty();
      assertThat(took)
          .isGreaterThanOrEqualTo(Duration.ofSeconds(2))
          .isLessThan(Duration.ofSeconds(6));
      assertThat(so.simulator.counters().snapshot()).containsEntry("faults.HTTP_STATUS", 2L);
    }
  }

  /**
   * With the simulator's own limit of 10 calls a second per user and its clock running, four
   * threads sharing one adapter at its default of 10 a second are paced a tenth of a second apart.
   * Requests that reach the server bunched by scheduling jitter on a loaded machine are refused now
   * and then and waited out, so every call succeeds; unpaced, four threads would have most of their
   * calls refused, so the refusals stay under a tenth of the requests.
   */
  @Test
  void sharedAdapterAtTenCallsASecond_pacesItsCalls_andWaitsOutTheServersOwnLimit()
      throws Exception {
    try (SuperOfficeFixture so = new SuperOfficeFixture(s -> s.withCallsPerSecond(10))) {
      so.simulator.clock().useSystemTime();
      so.simulator.rateLimit(10);
      ExecutorService threads = Executors.newFixedThreadPool(4);
      long started = System.nanoTime();
      List<Future<Outcome<?>>> calls = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        calls.add(
            threads.submit(
                () -> (Outcome<?>) so.gateway.baseZone().then(z -> so.gateway.selections())));
      }
      for (Future<Outcome<?>> call : calls) {
        assertThat(call.get().failure()).isEmpty();
      }
      threads.shutdown();
      Duration took = Duration.ofNanos(System.nanoTime() - started);

      long requests = so.gateway.requests();
      assertThat(so.simulator.counters().snapshot().getOrDefault("rateLimited", 0L))
          .isLessThanOrEqualTo(requests / 10);
      assertThat(took.toMillis()).isGreaterThanOrEqualTo((requests - 1) * 100);
    }
  }
}
