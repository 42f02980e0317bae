package org.exsync.application.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.exsync.domain.run.RunTrigger;
import org.junit.jupiter.api.Test;

class ThrottleGovernorTest {

  private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");
  private static final BudgetOwner ACCOUNT_A =
      BudgetOwner.exchangeServiceAccount("svc-a@example.com");
  private static final BudgetOwner ACCOUNT_B =
      BudgetOwner.exchangeServiceAccount("svc-b@example.com");
  private static final BudgetOwner CRM = BudgetOwner.superOffice("Cust1");

  private final MovingClock clock = new MovingClock(START);
  private final ThrottleGovernor governor = new ThrottleGovernor(GovernorSettings.DEFAULTS, clock);

  @Test
  void anOwnerNeverRunsMoreThanTheCap_theRestWaitsInTheQueue() {
    offer(25, ACCOUNT_A, false);

    List<QueuedRun> started = governor.takeStartable();

    assertThat(started).hasSize(10);
    assertThat(governor.queued()).isEqualTo(15);
    assertThat(governor.takeStartable()).isEmpty();
    governor.completed(started.get(0));
    assertThat(governor.takeStartable()).hasSize(1);
  }

  @Test
  void throttling_halvesTheWindow_andAdditiveIncreaseGrowsItByOnePerWindowOfCompletions() {
    offer(40, ACCOUNT_A, false);
    List<QueuedRun> first = governor.takeStartable();
    governor.throttled(first.get(0), ACCOUNT_A, Duration.ofSeconds(2));

    assertThat(window(ACCOUNT_A)).isEqualTo(5.0);
    clock.advance(Duration.ofSeconds(3));
    first.subList(1, 10).forEach(governor::completed);

    // 9 completions at window 5..6.6: each adds 1/window.
    assertThat(window(ACCOUNT_A)).isGreaterThan(6.0).isLessThan(7.0);
    assertThat(governor.takeStartable()).hasSize((int) Math.floor(window(ACCOUNT_A)));
  }

  @Test
  void theWindowNeverFallsBelowOne_norGrowsAboveTheCap() {
    offer(200, ACCOUNT_A, false);
    for (int i = 0; i < 10; i++) {
      List<QueuedRun> started = governor.takeStartable();
      governor.throttled(started.get(0), ACCOUNT_A, Duration.ofMillis(100));
      started.subList(1, started.size()).forEach(governor::ended);
      clock.advance(Duration.ofMillis(200));
      governor.takeResting().forEach(governor::offer);
    }
    assertThat(window(ACCOUNT_A)).isEqualTo(1.0);

    for (int i = 0; i < 150; i++) {
      List<QueuedRun> started = governor.takeStartable();
      if (started.isEmpty()) {
        offer(20, ACCOUNT_A, false);
        continue;
      }
      started.forEach(governor::completed);
    }
    assertThat(window(ACCOUNT_A)).isEqualTo(10.0);
  }

  @Test
  void aBackOff_pausesOnlyThatOwner_forAsLongAsItAsked() {
    offer(2, ACCOUNT_A, false);
    offer(2, ACCOUNT_B, false);
    List<QueuedRun> started = governor.takeStartable();
    QueuedRun ofA =
        started.stream()
            .filter(r -> r.budget().exchange().equals(ACCOUNT_A))
            .findFirst()
            .orElseThrow();
    offer(3, ACCOUNT_A, false);
    offer(3, ACCOUNT_B, false);

    governor.throttled(ofA, ACCOUNT_A, Duration.ofSeconds(30));

    assertThat(governor.pausedUntil(ACCOUNT_A)).hasValue(START.plusSeconds(30));
    assertThat(governor.pausedUntil(ACCOUNT_B)).isEmpty();
    List<QueuedRun> resting = governor.takeResting();
    assertThat(resting).hasSize(3).allMatch(r -> r.budget().exchange().equals(ACCOUNT_A));
    assertThat(governor.resumeAt(resting.get(0))).isEqualTo(START.plusSeconds(30));
    assertThat(governor.takeStartable())
        .hasSize(3)
        .allMatch(r -> r.budget().exchange().equals(ACCOUNT_B));

    clock.advance(Duration.ofSeconds(30));
    assertThat(governor.pausedUntil(ACCOUNT_A)).isEmpty();
    resting.forEach(governor::offer);
    assertThat(governor.takeStartable()).hasSize(3);
  }

  @Test
  void aBackOffOfZero_restsForTheDefaultBackOff() {
    offer(1, ACCOUNT_A, false);
    governor.throttled(governor.takeStartable().get(0), ACCOUNT_A, Duration.ZERO);

    assertThat(governor.pausedUntil(ACCOUNT_A))
        .hasValue(START.plus(GovernorSettings.DEFAULTS.defaultBackOff()));
  }

  @Test
  void answersOfOneThrottlingEpisode_shrinkTheWindowOnce_butLengthenTheRest() {
    offer(10, ACCOUNT_A, false);
    List<QueuedRun> started = governor.takeStartable();

    governor.throttled(started.get(0), ACCOUNT_A, Duration.ofSeconds(5));
    governor.throttled(started.get(1), ACCOUNT_A, Duration.ofSeconds(8));
    governor.throttled(started.get(2), ACCOUNT_A, Duration.ofSeconds(1));

    assertThat(window(ACCOUNT_A)).isEqualTo(5.0);
    assertThat(governor.pausedUntil(ACCOUNT_A)).hasValue(START.plusSeconds(8));
    assertThat(figures(ACCOUNT_A).throttled()).isEqualTo(3);
  }

  @Test
  void theSuperOfficeTenant_capsRunsOfEveryExchangeOwner_atItsOwnCap() {
    for (int i = 0; i < 30; i++) {
      BudgetOwner own = BudgetOwner.exchangeMailbox("user" + i + "@example.com");
      governor.offer(run(i, own, false, START));
      governor.offer(run(100 + i, own, false, START));
    }

    List<QueuedRun> started = governor.takeStartable();

    assertThat(started).hasSize(GovernorSettings.DEFAULTS.crmConcurrency()).hasSize(40);
    assertThat(figures(CRM).running()).isEqualTo(40);
    assertThat(figures(BudgetOwner.exchangeMailbox("user0@example.com")).running()).isEqualTo(2);
    governor.completed(started.get(0));
    assertThat(governor.takeStartable()).hasSize(1);
  }

  @Test
  void aThrottledSuperOfficeTenant_growsBackToItsOwnCap_notToExchanges() {
    for (int i = 0; i < 200; i++) {
      governor.offer(
          run(i, BudgetOwner.exchangeMailbox("user" + i + "@example.com"), false, START));
    }
    List<QueuedRun> first = governor.takeStartable();
    governor.throttled(first.get(0), CRM, Duration.ofSeconds(1));
    assertThat(figures(CRM).window()).isEqualTo(20.0);
    clock.advance(Duration.ofSeconds(2));
    first.subList(1, first.size()).forEach(governor::ended);

    for (int round = 0; round < 60; round++) {
      for (QueuedRun run : governor.takeStartable()) {
        governor.completed(run);
        governor.offer(run);
      }
    }

    assertThat(figures(CRM).window()).isEqualTo(40.0);
    assertThat(figures(BudgetOwner.exchangeMailbox("user150@example.com")).window())
        .isEqualTo(10.0);
  }

  @Test
  void aThrottledSuperOffice_holdsEveryRun_whateverItsExchangeOwner() {
    offer(2, ACCOUNT_A, false);
    offer(2, ACCOUNT_B, false);
    QueuedRun first = governor.takeStartable().get(0);
    offer(2, ACCOUNT_A, false);
    offer(2, ACCOUNT_B, false);

    governor.throttled(first, CRM, Duration.ofSeconds(10));

    assertThat(governor.takeStartable()).isEmpty();
    assertThat(governor.takeResting()).hasSize(4);
  }

  @Test
  void runsStartInFairOrder_requestedFirst_thenLongestWaiting() {
    offerRun(1, ACCOUNT_A, false, START.minusSeconds(60));
    offerRun(2, ACCOUNT_A, true, START.minusSeconds(10));
    offerRun(3, ACCOUNT_A, false, START.minusSeconds(120));
    offerRun(4, ACCOUNT_A, true, START.minusSeconds(5));

    List<Long> order = governor.takeStartable().stream().map(QueuedRun::linkId).toList();

    assertThat(order).containsExactly(2L, 4L, 3L, 1L);
  }

  @Test
  void aFullOwner_doesNotHoldBackRunsOfOtherOwners_queuedAfterIt() {
    offer(12, ACCOUNT_A, false);
    BudgetOwner otherCrm = BudgetOwner.superOffice("Cust2");
    governor.offer(
        new QueuedRun(
            999,
            1,
            RunTrigger.SCHEDULED,
            new LinkBudget(ACCOUNT_B, otherCrm),
            new Urgency(999, false, START.plusSeconds(600))));

    List<QueuedRun> started = governor.takeStartable();

    assertThat(started).extracting(QueuedRun::linkId).contains(999L);
    assertThat(started).hasSize(11);
  }

  @Test
  void aLinkIsQueuedOnce_whileItWaitsOrRuns() {
    offerRun(7, ACCOUNT_A, false, START);

    assertThat(governor.offer(run(7, ACCOUNT_A, false, START))).isFalse();
    QueuedRun started = governor.takeStartable().get(0);
    assertThat(governor.isRunning(7)).isTrue();
    assertThat(governor.offer(run(7, ACCOUNT_A, false, START))).isFalse();
    governor.ended(started);
    assertThat(governor.offer(run(7, ACCOUNT_A, false, START))).isTrue();
  }

  @Test
  void aFailedRun_freesItsSlot_butLeavesTheWindowAsItWas() {
    offer(10, ACCOUNT_A, false);
    List<QueuedRun> started = governor.takeStartable();

    governor.ended(started.get(0));

    assertThat(window(ACCOUNT_A)).isEqualTo(10.0);
    assertThat(figures(ACCOUNT_A).running()).isEqualTo(9);
    assertThat(governor.inHand(1)).isEqualTo(9);
  }

  @Test
  void underAStormOfThrottling_theWindowConverges_andEveryRunCompletes() {
    // A server that throttles whenever more than four runs of the owner are open, and at random
    // 30 % of the time besides.
    Random random = new Random(42);
    Set<Long> done = new HashSet<>();
    Deque<QueuedRun> resting = new ArrayDeque<>();
    Map<Long, Integer> attempts = new HashMap<>();
    for (long id = 1; id <= 300; id++) {
      offerRun(id, ACCOUNT_A, false, START.plusMillis(id));
    }
    List<Double> windows = new ArrayList<>();
    for (int step = 0; step < 20_000 && done.size() < 300; step++) {
      clock.advance(Duration.ofMillis(50));
      while (!resting.isEmpty() && !governor.resumeAt(resting.peek()).isAfter(clock.instant())) {
        governor.offer(resting.poll());
      }
      governor.takeResting().forEach(resting::add);
      List<QueuedRun> started = governor.takeStartable();
      int open = figures(ACCOUNT_A).running();
      for (QueuedRun run : started) {
        attempts.merge(run.linkId(), 1, Integer::sum);
        if (open > 4 || random.nextDouble() < 0.3) {
          governor.throttled(run, ACCOUNT_A, Duration.ofMillis(200));
          resting.add(run);
        } else {
          governor.completed(run);
          done.add(run.linkId());
        }
      }
      windows.add(window(ACCOUNT_A));
    }

    assertThat(done).hasSize(300);
    assertThat(windows).allMatch(w -> w >= 1.0 && w <= 10.0);
    assertThat(attempts.values()).allMatch(n -> n < 50);
  }

  @Test
  void noRunStarves_howeverManyRequestedRunsKeepArriving() {
    GovernorSettings settings =
        new GovernorSettings(1, 1, 0.5, Duration.ofSeconds(1), Duration.ofSeconds(60));
    ThrottleGovernor narrow = new ThrottleGovernor(settings, clock);
    narrow.offer(run(1, ACCOUNT_A, false, START));
    long next = 2;
    boolean plainRan = false;
    for (int second = 0; second < 200 && !plainRan; second++) {
      clock.advance(Duration.ofSeconds(1));
      narrow.offer(run(next++, ACCOUNT_A, true, clock.instant()));
      narrow.offer(run(next++, ACCOUNT_A, true, clock.instant()));
      for (QueuedRun run : narrow.takeStartable()) {
        plainRan |= run.linkId() == 1;
        narrow.completed(run);
      }
    }

    assertThat(plainRan).isTrue();
  }

  private long nextId = 10_000;

  private void offer(int count, BudgetOwner owner, boolean requested) {
    for (int i = 0; i < count; i++) {
      offerRun(nextId++, owner, requested, START.plusMillis(nextId));
    }
  }

  private void offerRun(long id, BudgetOwner owner, boolean requested, Instant waitingSince) {
    assertThat(governor.offer(run(id, owner, requested, waitingSince))).isTrue();
  }

  private static QueuedRun run(long id, BudgetOwner owner, boolean requested, Instant since) {
    return new QueuedRun(
        id, 1, RunTrigger.SCHEDULED, new LinkBudget(owner, CRM), new Urgency(id, requested, since));
  }

  private double window(BudgetOwner owner) {
    return figures(owner).window();
  }

  private OwnerFigures figures(BudgetOwner owner) {
    return governor.figures().stream()
        .filter(f -> f.owner().equals(owner))
        .findFirst()
        .orElseThrow();
  }
}
