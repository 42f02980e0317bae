package org.exsync.application.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.SyncProgress;
import org.exsync.engine.sides.TestClock;
import org.exsync.engine.store.PairKey;
import org.junit.jupiter.api.Test;

class RunProgressBoardTest {

  private final TestClock clock = new TestClock(Instant.parse("2026-03-10T10:00:00Z"));
  private final RunProgressBoard board = new RunProgressBoard(clock);

  @Test
  void aRunningSync_addsUpWhatEachPairPlannedAndEachBatchCommitted() {
    SyncProgress progress = board.start(7);
    progress.planned(PairKey.of(7, ItemKind.DIARY), 8);
    progress.committed(PairKey.of(7, ItemKind.DIARY), 3);
    progress.planned(PairKey.of(7, ItemKind.TASK), 2);

    RunProgress now = board.of(7).orElseThrow();

    assertThat(now.running()).isTrue();
    assertThat(now.planned()).isEqualTo(10);
    assertThat(now.done()).isEqualTo(3);
    assertThat(now.remaining()).isEqualTo(7);
    assertThat(now.percent()).isEqualTo(30);
  }

  @Test
  void anEndedSync_staysForAWhile_thenLeavesTheBoard() {
    SyncProgress progress = board.start(7);
    progress.planned(PairKey.of(7, ItemKind.DIARY), 4);
    progress.committed(PairKey.of(7, ItemKind.DIARY), 4);
    board.end(7);

    assertThat(board.current())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.running()).isFalse();
              assertThat(p.percent()).isEqualTo(100);
            });

    clock.advance(RunProgressBoard.KEPT_AFTER_END.plus(Duration.ofSeconds(1)));
    assertThat(board.current()).isEmpty();
  }

  @Test
  void aSyncWithNothingToDo_isNotShown_andRunningOnesComeFirst() {
    board.start(1);
    board.end(1);
    SyncProgress second = board.start(2);
    second.planned(PairKey.of(2, ItemKind.DIARY), 5);
    board.end(2);
    clock.advance(Duration.ofSeconds(5));
    board.start(3).planned(PairKey.of(3, ItemKind.DIARY), 1);
    board.start(4);

    assertThat(board.current()).extracting(RunProgress::linkId).containsExactly(3L, 2L);
  }

  @Test
  void aLaterRunWithNothingToDo_leavesTheLastSyncWithWorkShown_untilItFindsWork() {
    SyncProgress first = board.start(7);
    first.planned(PairKey.of(7, ItemKind.DIARY), 4);
    first.committed(PairKey.of(7, ItemKind.DIARY), 4);
    board.end(7);

    SyncProgress next = board.start(7);
    assertThat(board.of(7).orElseThrow())
        .extracting(RunProgress::planned, RunProgress::done, RunProgress::running)
        .containsExactly(4, 4, false);
    board.end(7);
    assertThat(board.current()).extracting(RunProgress::done).containsExactly(4);

    next = board.start(7);
    next.planned(PairKey.of(7, ItemKind.TASK), 2);
    assertThat(board.of(7).orElseThrow())
        .extracting(RunProgress::planned, RunProgress::done, RunProgress::running)
        .containsExactly(2, 0, true);
    assertThat(board.current()).hasSize(1);
  }
}
