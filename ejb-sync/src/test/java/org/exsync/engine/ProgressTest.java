package org.exsync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exsync.engine.Items.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.port.Failure;
import org.exsync.engine.store.PairKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A run tells what it planned per pair and what each committed batch did, as it goes. */
class ProgressTest {

  private static final Instant TEN = Instant.parse("2026-03-10T10:00:00Z");

  private Harness h;
  private final Heard heard = new Heard();

  @BeforeEach
  void link() {
    h = new Harness();
    h.kinds = Set.of(ItemKind.DIARY, ItemKind.TASK);
    h.batchSize = 2;
  }

  @Test
  void initialSync_tellsThePlanOfEachPair_thenEveryCommittedBatch() {
    for (int i = 0; i < 5; i++) {
      h.crmCreates(meeting("Meeting " + i, TEN.plus(Duration.ofHours(i))));
    }
    h.crmCreates(Items.task("Invoice", TEN));

    h.run(heard);

    assertThat(heard.events)
        .containsExactly(
            "planned " + h.pair(ItemKind.DIARY) + " 5",
            "committed " + h.pair(ItemKind.DIARY) + " 2",
            "committed " + h.pair(ItemKind.DIARY) + " 2",
            "committed " + h.pair(ItemKind.DIARY) + " 1",
            "planned " + h.pair(ItemKind.TASK) + " 1",
            "committed " + h.pair(ItemKind.TASK) + " 1");
    assertThat(heard.done()).isEqualTo(heard.planned()).isEqualTo(6);
  }

  @Test
  void aRunWithNothingToDo_plansNoItems_andCommitsNone() {
    h.crmCreates(meeting("Board", TEN));
    h.run();

    h.run(heard);

    assertThat(heard.planned()).isZero();
    assertThat(heard.done()).isZero();
  }

  @Test
  void aThrottledBatch_isNotCountedAsDone() {
    for (int i = 0; i < 3; i++) {
      h.crmCreates(meeting("Meeting " + i, TEN.plus(Duration.ofHours(i))));
    }
    h.exchange.faults.failNext(
        "create", Failure.throttled(Duration.ofSeconds(30), "ErrorServerBusy"));

    h.run(heard);

    assertThat(heard.planned()).isEqualTo(3);
    assertThat(heard.done()).isZero();

    Heard again = new Heard();
    h.run(again);

    assertThat(again.planned()).isEqualTo(3);
    assertThat(again.done()).isEqualTo(3);
  }

  @Test
  void aJobWithoutListener_runsAsBefore() {
    h.crmCreates(meeting("Board", TEN));

    SyncReport report = h.runTwice();

    assertThat(h.exchange.contents(ItemKind.DIARY)).hasSize(1);
    assertThat(report.outcome()).isEqualTo(org.exsync.domain.run.RunOutcome.SUCCEEDED);
  }

  /** Writes down what the engine told, in order. */
  private static final class Heard implements SyncProgress {
    final List<String> events = new ArrayList<>();
    int planned;
    int done;

    @Override
    public void planned(PairKey pair, int items) {
      events.add("planned " + pair + " " + items);
      planned += items;
    }

    @Override
    public void committed(PairKey pair, int items) {
      events.add("committed " + pair + " " + items);
      done += items;
    }

    int planned() {
      return planned;
    }

    int done() {
      return done;
    }
  }
}
