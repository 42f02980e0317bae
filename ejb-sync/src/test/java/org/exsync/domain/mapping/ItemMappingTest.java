package org.exsync.domain.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.exsync.domain.Fixtures.NOW;

import java.time.Instant;
import org.exsync.domain.Fixtures;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.shared.ItemKind;
import org.junit.jupiter.api.Test;

class ItemMappingTest {

  private final SyncLink link = Fixtures.withId(Fixtures.link(ItemKind.DIARY), 12L);

  private ItemMapping mapping() {
    return new ItemMapping(link, ItemKind.DIARY, 77, "v1", "AAMkAD1", "CQAAA1", "hash-1", NOW);
  }

  @Test
  void constructor_createsSyncedMapping() {
    ItemMapping mapping = mapping();

    assertThat(mapping.getState()).isEqualTo(MappingState.SYNCED);
    assertThat(mapping.getCrmId()).isEqualTo(77);
    assertThat(mapping.getExchangeId()).isEqualTo("AAMkAD1");
    assertThat(mapping.getLastSyncedAt()).isEqualTo(NOW);
  }

  @Test
  void constructor_refusesKindTheLinkDoesNotSync() {
    assertThatThrownBy(
            () -> new ItemMapping(link, ItemKind.TASK, 77, "v1", "AAMkAD1", "CQ", "hash", NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Link 12 keeps [DIARY] in step, not TASK");
  }

  @Test
  void constructor_refusesBlankIdsAndNonPositiveCrmId() {
    assertThatThrownBy(
            () -> new ItemMapping(link, ItemKind.DIARY, 77, "v1", " ", "CQ", "hash", NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exchangeId must not be blank");
    assertThatThrownBy(
            () -> new ItemMapping(link, ItemKind.DIARY, 0, "v1", "AAMkAD1", "CQ", "hash", NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("crmId must be at least 1, got 0");
  }

  @Test
  void recordSynced_takesNewVersionsAndResolvesAConflict() {
    ItemMapping mapping = mapping();
    mapping.markConflict(NOW.plusSeconds(1));
    Instant later = NOW.plusSeconds(60);

    mapping.recordSynced("v2", "AAMkAD2", "CQAAA2", "hash-2", later);

    assertThat(mapping.getState()).isEqualTo(MappingState.SYNCED);
    assertThat(mapping.getCrmVersion()).isEqualTo("v2");
    assertThat(mapping.getExchangeId()).isEqualTo("AAMkAD2");
    assertThat(mapping.getExchangeChangeKey()).isEqualTo("CQAAA2");
    assertThat(mapping.getContentHash()).isEqualTo("hash-2");
    assertThat(mapping.getLastSyncedAt()).isEqualTo(later);
  }

  @Test
  void recordSynced_withBlankHash_changesNothing() {
    ItemMapping mapping = mapping();

    assertThatThrownBy(() -> mapping.recordSynced("v2", "AAMkAD2", "CQAAA2", "", NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contentHash");
    assertThat(mapping.getCrmVersion()).isEqualTo("v1");
    assertThat(mapping.getExchangeId()).isEqualTo("AAMkAD1");
  }

  @Test
  void tombstone_isFinal() {
    ItemMapping mapping = mapping();

    mapping.tombstone(NOW.plusSeconds(5));

    assertThat(mapping.getState()).isEqualTo(MappingState.TOMBSTONE);
    assertThatThrownBy(() -> mapping.recordSynced("v2", "AAMkAD2", "CQ", "hash-2", NOW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("it is a tombstone since " + NOW.plusSeconds(5));
    assertThatThrownBy(() -> mapping.markConflict(NOW)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> mapping.tombstone(NOW)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void isEchoOf_recognisesWhatExsyncLastWrote() {
    ItemMapping mapping = mapping();

    assertThat(mapping.isEchoOf("hash-1")).isTrue();
    assertThat(mapping.isEchoOf("hash-2")).isFalse();
    assertThat(mapping.isEchoOf(null)).isFalse();
  }
}
