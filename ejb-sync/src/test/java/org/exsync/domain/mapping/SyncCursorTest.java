package org.exsync.domain.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.exsync.domain.Fixtures.NOW;

import org.exsync.domain.Fixtures;
import org.exsync.domain.shared.ItemKind;
import org.junit.jupiter.api.Test;

class SyncCursorTest {

  private final SyncCursor cursor = new SyncCursor(Fixtures.link(ItemKind.DIARY), ItemKind.DIARY);

  @Test
  void newCursor_startsAFullSync() {
    assertThat(cursor.getExchangeSyncState()).isEmpty();
    assertThat(cursor.getCrmWatermark()).isEmpty();
    assertThat(cursor.getKind()).isEqualTo(ItemKind.DIARY);
  }

  @Test
  void advance_storesSyncStateAndWatermark() {
    cursor.advance("H4sIAAAAAAAEAGNgYGBg", NOW);

    assertThat(cursor.getExchangeSyncState()).contains("H4sIAAAAAAAEAGNgYGBg");
    assertThat(cursor.getCrmWatermark()).contains(NOW);
  }

  @Test
  void advance_acceptsTheLongestSyncStateTheColumnHolds() {
    cursor.advance("S".repeat(SyncCursor.EXCHANGE_SYNC_STATE_LENGTH), NOW);

    assertThat(cursor.getExchangeSyncState()).get().asString().hasSize(65535);
  }

  @Test
  void advance_refusesSyncStateLongerThanTheColumn() {
    assertThatThrownBy(() -> cursor.advance("S".repeat(65536), NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exchangeSyncState must be at most 65535 characters, got 65536");
  }

  @Test
  void advance_refusesWatermarkGoingBack() {
    cursor.advance("state-1", NOW);

    assertThatThrownBy(() -> cursor.advance("state-2", NOW.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("crmWatermark must not go back from " + NOW);
    assertThatThrownBy(() -> cursor.advance("state-2", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(cursor.getExchangeSyncState()).contains("state-1");
  }

  @Test
  void advance_acceptsTheSameWatermarkAgain() {
    cursor.advance("state-1", NOW);

    cursor.advance("state-2", NOW);

    assertThat(cursor.getExchangeSyncState()).contains("state-2");
  }

  @Test
  void restart_forgetsBothPositions() {
    cursor.advance("state-1", NOW);

    cursor.restart();

    assertThat(cursor.getExchangeSyncState()).isEmpty();
    assertThat(cursor.getCrmWatermark()).isEmpty();
    cursor.advance("state-0", NOW.minusSeconds(3600));
    assertThat(cursor.getCrmWatermark()).contains(NOW.minusSeconds(3600));
  }
}
