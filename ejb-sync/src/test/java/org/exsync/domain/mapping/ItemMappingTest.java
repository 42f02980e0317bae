package org.exsync.domain.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.exsync.domain.Fixtures.NOW;

import org.exsync.domain.shared.ItemKind;
import org.junit.jupiter.api.Test;

class ItemMappingTest {

  private static final SyncPair PAIR = new SyncPair(12, ItemKind.DIARY, "default");
  private static final ItemMapping.Sides SIDES =
      new ItemMapping.Sides("2026-12-01T10:00:00Z", "v1:aa", "AAMkAD=", "CQAAAB", "v1:bb", "{}");

  @Test
  void constructor_keepsBothSidesAndTheSnapshotExactly() {
    ItemMapping.Sides sides =
        new ItemMapping.Sides("v", "v1:aa", "AAMkAD=", "CQ", "v1:bb", "  indented\n");

    ItemMapping mapping = new ItemMapping(PAIR, "4711", sides, NOW, ItemOrigin.CRM);

    assertThat(mapping.sides()).isEqualTo(sides);
    assertThat(mapping.getCrmId()).isEqualTo("4711");
    assertThat(mapping.getPair()).isEqualTo(PAIR);
    assertThat(mapping.getLastSyncedAt()).isEqualTo(NOW);
  }

  @Test
  void record_takesTheNewVersions_includingAMovedExchangeId() {
    ItemMapping mapping = new ItemMapping(PAIR, "4711", SIDES, NOW, ItemOrigin.CRM);
    ItemMapping.Sides moved =
        new ItemMapping.Sides("v2", "v1:cc", "AAMkAE=", "CQAAAC", "v1:dd", "{\"s\":1}");

    mapping.record(moved, NOW.plusSeconds(60));

    assertThat(mapping.sides()).isEqualTo(moved);
    assertThat(mapping.getExchangeId()).isEqualTo("AAMkAE=");
    assertThat(mapping.getLastSyncedAt()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void blankValues_areRefusedByName_andChangeNothing() {
    ItemMapping mapping = new ItemMapping(PAIR, "4711", SIDES, NOW, ItemOrigin.CRM);

    assertThatThrownBy(
            () ->
                mapping.record(
                    new ItemMapping.Sides("v2", " ", "AAMkAE=", "CQ", "v1:dd", "{}"), NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("crmHash");
    assertThatThrownBy(
            () -> mapping.record(new ItemMapping.Sides("v2", "h", "AAMkAE=", "CQ", "h", ""), NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("snapshot");
    assertThatThrownBy(() -> new ItemMapping(PAIR, "", SIDES, NOW, ItemOrigin.CRM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("crmId");
    assertThat(mapping.sides()).isEqualTo(SIDES);
  }

  @Test
  void pairs_areEqualByLinkKindAndScope() {
    assertThat(new SyncPair(12, ItemKind.DIARY, "default")).isEqualTo(PAIR).hasSameHashCodeAs(PAIR);
    assertThat(new SyncPair(12, ItemKind.CONTACT, "selection:3"))
        .isNotEqualTo(new SyncPair(12, ItemKind.CONTACT, "selection:4"));
  }
}
