package org.exsync.domain.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RunCountsTest {

  @Test
  void plus_countsPerSideAndAction() {
    RunCounts counts =
        RunCounts.none()
            .plus(Side.CRM, ChangeAction.CREATED, 1)
            .plus(Side.CRM, ChangeAction.UPDATED, 2)
            .plus(Side.CRM, ChangeAction.DELETED, 3)
            .plus(Side.EXCHANGE, ChangeAction.CREATED, 4)
            .plus(Side.EXCHANGE, ChangeAction.UPDATED, 5)
            .plus(Side.EXCHANGE, ChangeAction.DELETED, 6);

    assertThat(counts.of(Side.CRM, ChangeAction.CREATED)).isEqualTo(1);
    assertThat(counts.of(Side.CRM, ChangeAction.UPDATED)).isEqualTo(2);
    assertThat(counts.of(Side.CRM, ChangeAction.DELETED)).isEqualTo(3);
    assertThat(counts.of(Side.EXCHANGE, ChangeAction.CREATED)).isEqualTo(4);
    assertThat(counts.of(Side.EXCHANGE, ChangeAction.UPDATED)).isEqualTo(5);
    assertThat(counts.of(Side.EXCHANGE, ChangeAction.DELETED)).isEqualTo(6);
    assertThat(counts.totalChanges()).isEqualTo(21);
  }

  @Test
  void plus_leavesTheOriginalUnchanged() {
    RunCounts none = RunCounts.none();

    RunCounts one = none.plus(Side.EXCHANGE, ChangeAction.UPDATED, 1).plusErrors(2);

    assertThat(none.totalChanges()).isZero();
    assertThat(none.getErrors()).isZero();
    assertThat(one.getErrors()).isEqualTo(2);
    assertThat(one).isNotEqualTo(none);
  }

  @Test
  void plus_addsTwoBatches() {
    RunCounts first = RunCounts.none().plus(Side.CRM, ChangeAction.CREATED, 2).plusConflicts(1);
    RunCounts second =
        RunCounts.none().plus(Side.CRM, ChangeAction.CREATED, 3).plusErrors(4).plusConflicts(1);

    RunCounts sum = first.plus(second);

    assertThat(sum.of(Side.CRM, ChangeAction.CREATED)).isEqualTo(5);
    assertThat(sum.getConflicts()).isEqualTo(2);
    assertThat(sum.getErrors()).isEqualTo(4);
    assertThat(sum)
        .isEqualTo(
            RunCounts.none()
                .plus(Side.CRM, ChangeAction.CREATED, 5)
                .plusConflicts(2)
                .plusErrors(4));
  }

  @Test
  void plus_refusesNegativeCounts() {
    assertThatThrownBy(() -> RunCounts.none().plus(Side.CRM, ChangeAction.DELETED, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must be at least 0, got -1");
    assertThatThrownBy(() -> RunCounts.none().plusErrors(-2))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
