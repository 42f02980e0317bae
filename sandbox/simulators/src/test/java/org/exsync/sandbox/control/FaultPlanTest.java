package org.exsync.sandbox.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FaultPlanTest {

  @Test
  void ruleForOneOperationAndMailboxHitsOnlyThose() {
    FaultPlan plan = new FaultPlan();
    plan.add(
        FaultRule.always(FaultKind.DROP_CONNECTION)
            .forOperation("GetItem")
            .forPrincipal("Kari@Northwind.example"));

    assertThat(plan.draw("GetItem", "kari@northwind.example")).isPresent();
    assertThat(plan.draw("getitem", "KARI@NORTHWIND.EXAMPLE")).isPresent();
    assertThat(plan.draw("SyncFolderItems", "kari@northwind.example")).isEmpty();
    assertThat(plan.draw("GetItem", "ola@northwind.example")).isEmpty();
    assertThat(plan.draw("GetItem", null)).isEmpty();
  }

  @Test
  void countedRuleIsSpentAfterItsHitsAndRemoved() {
    FaultPlan plan = new FaultPlan();
    plan.add(FaultRule.always(FaultKind.SERVICE_ERROR).times(2));

    assertThat(plan.draw("any", "one")).isPresent();
    assertThat(plan.draw("any", "two")).isPresent();
    assertThat(plan.draw("any", "three")).isEmpty();
    assertThat(plan.rules()).isEmpty();
  }

  @Test
  void shareHitsAboutThatShareOfRequests() {
    FaultPlan plan = new FaultPlan();
    plan.add(FaultRule.always(FaultKind.HTTP_STATUS).withStatus(503).onShare(0.25));

    int hits = 0;
    for (int i = 0; i < 20_000; i++) {
      hits += plan.draw("op", "p").isPresent() ? 1 : 0;
    }

    assertThat(hits).isBetween(4_400, 5_600);
  }

  @Test
  void firstMatchingRuleWins() {
    FaultPlan plan = new FaultPlan();
    plan.add(FaultRule.always(FaultKind.SLOW).withDelayMillis(10).forOperation("token"));
    plan.add(FaultRule.always(FaultKind.DROP_CONNECTION));

    assertThat(plan.draw("token", null))
        .get()
        .extracting(FaultRule::kind)
        .isEqualTo(FaultKind.SLOW);
    assertThat(plan.draw("authorize", null))
        .get()
        .extracting(FaultRule::kind)
        .isEqualTo(FaultKind.DROP_CONNECTION);
    plan.clear();
    assertThat(plan.draw("token", null)).isEmpty();
  }

  @Test
  void impossibleRulesAreRefusedWithTheOffendingValue() {
    assertThatThrownBy(() -> FaultRule.always(FaultKind.HTTP_STATUS).withStatus(200))
        .hasMessageContaining("was 200");
    assertThatThrownBy(() -> FaultRule.always(FaultKind.SLOW).withDelayMillis(0))
        .hasMessageContaining("was 0");
    assertThatThrownBy(() -> FaultRule.always(FaultKind.TIMEOUT).onShare(1.5))
        .hasMessageContaining("was 1.5");
    assertThatThrownBy(() -> FaultRule.always(FaultKind.TIMEOUT).times(0))
        .hasMessageContaining("was 0");
  }
}
