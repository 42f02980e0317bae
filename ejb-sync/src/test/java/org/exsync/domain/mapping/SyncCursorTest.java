package org.exsync.domain.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.exsync.domain.Fixtures.NOW;

import java.util.Set;
import org.exsync.domain.shared.ItemKind;
import org.junit.jupiter.api.Test;

class SyncCursorTest {

  private final SyncCursor cursor = new SyncCursor(new SyncPair(12, ItemKind.DIARY, "default"));

  @Test
  void newCursor_startsAFullSync() {
    assertThat(cursor.getExchangeSyncState()).isEmpty();
    assertThat(cursor.getCrmWatermark()).isEmpty();
    assertThat(cursor.getWindowStart()).isEmpty();
    assertThat(cursor.getCrmRetries()).isEmpty();
    assertThat(cursor.getPair().kind()).isEqualTo(ItemKind.DIARY);
  }

  @Test
  void moveTo_storesEveryPositionAndTheRetrySetsInOrder() {
    cursor.moveTo(
        "H4sIAAAAAAAEAGNgYGBg",
        NOW,
        NOW.minusSeconds(86_400),
        NOW.plusSeconds(86_400),
        Set.of("17", "4"),
        Set.of("AAMkB=", "AAMkA="));

    assertThat(cursor.getExchangeSyncState()).contains("H4sIAAAAAAAEAGNgYGBg");
    assertThat(cursor.getCrmWatermark()).contains(NOW);
    assertThat(cursor.getWindowStart()).contains(NOW.minusSeconds(86_400));
    assertThat(cursor.getWindowEnd()).contains(NOW.plusSeconds(86_400));
    assertThat(cursor.getCrmRetries()).containsExactly("17", "4");
    assertThat(cursor.getExchangeRetries()).containsExactly("AAMkA=", "AAMkB=");
  }

  @Test
  void moveTo_acceptsTheLongestSyncStateTheColumnHolds_andRefusesALongerOne() {
    cursor.moveTo("S".repeat(SyncCursor.EXCHANGE_SYNC_STATE_LENGTH), NOW, null, null, null, null);

    assertThat(cursor.getExchangeSyncState()).get().asString().hasSize(65535);
    assertThatThrownBy(() -> cursor.moveTo("S".repeat(65536), NOW, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exchangeSyncState must be at most 65535 characters, got 65536");
  }

  @Test
  void moveTo_refusesAHalfOrBackwardWindow_andKeepsWhereItWas() {
    cursor.moveTo("state-1", NOW, null, null, Set.of(), Set.of());

    assertThatThrownBy(() -> cursor.moveTo("state-2", NOW, NOW, null, Set.of(), Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> cursor.moveTo("state-2", NOW, NOW, NOW.minusSeconds(1), Set.of(), Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("start before its end");
    assertThat(cursor.getExchangeSyncState()).contains("state-1");
  }

  @Test
  void moveTo_refusesAnIdWithALineBreak_andKeepsWhereItWas() {
    cursor.moveTo("state-1", NOW, null, null, Set.of(), Set.of());

    assertThatThrownBy(() -> cursor.moveTo("state-2", null, null, null, Set.of("1\n2"), Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("crmRetries");
    assertThat(cursor.getExchangeSyncState()).contains("state-1");
    assertThat(cursor.getCrmWatermark()).contains(NOW);
  }
}
