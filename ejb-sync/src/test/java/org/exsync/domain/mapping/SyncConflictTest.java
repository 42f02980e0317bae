package org.exsync.domain.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.exsync.domain.Fixtures.NOW;

import org.exsync.domain.link.ConflictPolicy;
import org.exsync.domain.run.Side;
import org.exsync.domain.shared.ItemKind;
import org.junit.jupiter.api.Test;

class SyncConflictTest {

  private static final SyncPair PAIR = new SyncPair(12, ItemKind.DIARY, "default");

  private static SyncConflict conflict(String outcome) {
    return new SyncConflict(
        PAIR,
        "4711",
        "AAMkAD=",
        "Budget",
        new SyncConflict.Versions("crm", "exchange", "exchange"),
        ConflictPolicy.LAST_MODIFIED_WINS,
        outcome,
        NOW);
  }

  @Test
  void requestOverride_recordsTheSideTheAdminAndWhen_untilARunSettlesIt() {
    SyncConflict conflict = conflict("EXCHANGE_KEPT");

    conflict.requestOverride(Side.CRM, "admin-one", NOW.plusSeconds(60));

    assertThat(conflict.getOverrideSide()).contains(Side.CRM);
    assertThat(conflict.getOverriddenBy()).contains("admin-one");
    assertThat(conflict.getOverriddenAt()).contains(NOW.plusSeconds(60));
    assertThat(conflict.getOverrideState()).contains(OverrideState.REQUESTED);

    conflict.settleOverride(false, "changed since", NOW.plusSeconds(120));

    assertThat(conflict.getOverrideState()).contains(OverrideState.REFUSED);
    assertThat(conflict.getOverrideNote()).contains("changed since");
    assertThat(conflict.getOverrideSettledAt()).contains(NOW.plusSeconds(120));
  }

  @Test
  void requestOverride_ofTheKeptSide_isRefused() {
    SyncConflict conflict = conflict("CRM_KEPT");

    assertThatThrownBy(() -> conflict.requestOverride(Side.CRM, "admin", NOW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SuperOffice version is the one the policy kept");
    assertThat(conflict.getOverrideState()).isEmpty();
  }

  @Test
  void requestOverride_twice_isRefused_evenForTheOtherSideOfAMerge() {
    SyncConflict conflict = conflict("MERGED");
    conflict.requestOverride(Side.EXCHANGE, "admin", NOW);

    assertThatThrownBy(() -> conflict.requestOverride(Side.CRM, "admin", NOW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("overridden already (taking the Exchange version, requested)");
    assertThat(conflict.getOverrideSide()).contains(Side.EXCHANGE);
  }

  @Test
  void settleOverride_withoutARequest_isRefused() {
    assertThatThrownBy(() -> conflict("MERGED").settleOverride(true, "done", NOW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no override waiting");
  }
}
