package org.exsync.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exsync.engine.plan.ChangeKind.ADDED;
import static org.exsync.engine.plan.ChangeKind.CHANGED;
import static org.exsync.engine.plan.ChangeKind.DELETED;
import static org.exsync.engine.plan.ChangeKind.UNCHANGED;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DecisionMatrixTest {

  static Stream<Arguments> everyCell() {
    return Stream.of(
        Arguments.of(ADDED, ADDED, Decision.MATCH),
        Arguments.of(ADDED, CHANGED, Decision.INCONSISTENT),
        Arguments.of(ADDED, DELETED, Decision.INCONSISTENT),
        Arguments.of(ADDED, UNCHANGED, Decision.CREATE_IN_EXCHANGE),
        Arguments.of(CHANGED, ADDED, Decision.INCONSISTENT),
        Arguments.of(CHANGED, CHANGED, Decision.RESOLVE_CONFLICT),
        Arguments.of(CHANGED, DELETED, Decision.RECREATE_IN_EXCHANGE),
        Arguments.of(CHANGED, UNCHANGED, Decision.UPDATE_EXCHANGE),
        Arguments.of(DELETED, ADDED, Decision.INCONSISTENT),
        Arguments.of(DELETED, CHANGED, Decision.RECREATE_IN_CRM),
        Arguments.of(DELETED, DELETED, Decision.FORGET),
        Arguments.of(DELETED, UNCHANGED, Decision.DELETE_IN_EXCHANGE),
        Arguments.of(UNCHANGED, ADDED, Decision.CREATE_IN_CRM),
        Arguments.of(UNCHANGED, CHANGED, Decision.UPDATE_CRM),
        Arguments.of(UNCHANGED, DELETED, Decision.DELETE_IN_CRM),
        Arguments.of(UNCHANGED, UNCHANGED, Decision.NOTHING));
  }

  @ParameterizedTest(name = "CRM {0} x Exchange {1} -> {2}")
  @MethodSource("everyCell")
  void eachCellOfTheMatrix_hasItsNamedDecision(
      ChangeKind crm, ChangeKind exchange, Decision expected) {
    assertThat(DecisionMatrix.decide(crm, exchange)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void theTableCoversAllSixteenCells() {
    assertThat(everyCell().map(a -> a.get()[0] + "/" + a.get()[1]).distinct()).hasSize(16);
  }
}
