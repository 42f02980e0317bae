package org.exsync.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.exsync.domain.mapping.ItemOrigin;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.Items;
import org.exsync.engine.port.SyncWindow;
import org.exsync.engine.snapshot.ItemSnapshots;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SyncStore} must do for the engine. Extend it with a factory for the store under
 * test (the in-memory one here; a JPA one against a database).
 */
public abstract class SyncStoreContract {

  private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
  private static final PairKey DIARY = PairKey.of(1, ItemKind.DIARY);
  private static final String SNAPSHOT =
      ItemSnapshots.write(Items.meeting("Budget", NOW.plusSeconds(86_400)));

  private SyncStore store;

  /** A store holding nothing yet; link 1 exists and keeps every item kind in step. */
  protected abstract SyncStore emptyStore();

  @BeforeEach
  void openStore() {
    store = emptyStore();
  }

  @Test
  void newPair_hasNoMappings_andStartsFromTheBeginning() {
    assertThat(store.mappings(DIARY)).isEmpty();
    assertThat(store.cursor(DIARY)).isEqualTo(PairCursor.START);
  }

  @Test
  void upsert_replacesTheMappingWithTheSameCrmId() {
    store.commit(batch(List.of(mapping("101", "AAMk-1", "ck-1")), Set.of(), null));
    store.commit(batch(List.of(mapping("101", "AAMk-9", "ck-2")), Set.of(), null));

    assertThat(store.mappings(DIARY)).containsExactly(mapping("101", "AAMk-9", "ck-2"));
  }

  @Test
  void removal_endsTheMapping_andRemovingAgainChangesNothing() {
    store.commit(batch(List.of(mapping("101", "AAMk-1", "ck-1")), Set.of(), null));

    store.commit(batch(List.of(), Set.of("101"), null));
    store.commit(batch(List.of(), Set.of("101"), null));

    assertThat(store.mappings(DIARY)).isEmpty();
  }

  @Test
  void removedCrmId_canBeMappedAgain() {
    store.commit(batch(List.of(mapping("101", "AAMk-1", "ck-1")), Set.of(), null));
    store.commit(batch(List.of(), Set.of("101"), null));

    store.commit(batch(List.of(mapping("101", "AAMk-2", "ck-1")), Set.of(), null));

    assertThat(store.mappings(DIARY)).containsExactly(mapping("101", "AAMk-2", "ck-1"));
  }

  @Test
  void cursor_staysWhereItWas_whenABatchHasNone() {
    PairCursor cursor = cursor("state-1");
    store.commit(batch(List.of(), Set.of(), cursor));

    store.commit(batch(List.of(mapping("101", "AAMk-1", "ck-1")), Set.of(), null));

    assertThat(store.cursor(DIARY)).isEqualTo(cursor);
  }

  @Test
  void cursor_keepsItsWindowAndRetries() {
    PairCursor cursor =
        new PairCursor(
            "state-2",
            NOW,
            new SyncWindow(NOW.minusSeconds(86_400), NOW.plusSeconds(86_400)),
            Set.of("101", "102"),
            Set.of("AAMk-7"));

    store.commit(batch(List.of(), Set.of(), cursor));

    assertThat(store.cursor(DIARY)).isEqualTo(cursor);
  }

  @Test
  void pairsOfOneLink_areKeptApart_evenForTheSamePerson() {
    PairKey own = PairKey.of(1, ItemKind.CONTACT);
    PairKey selection = PairKey.selection(1, 42);
    store.commit(
        new Batch(
            own,
            List.of(mapping("101", "AAMk-1", "ck")),
            Set.of(),
            null,
            List.of(),
            List.of(),
            List.of()));
    store.commit(
        new Batch(
            selection,
            List.of(mapping("101", "AAMk-2", "ck")),
            Set.of(),
            cursor("s"),
            List.of(),
            List.of(),
            List.of()));

    assertThat(store.mappings(own)).containsExactly(mapping("101", "AAMk-1", "ck"));
    assertThat(store.mappings(selection)).containsExactly(mapping("101", "AAMk-2", "ck"));
    assertThat(store.cursor(own)).isEqualTo(PairCursor.START);
  }

  @Test
  void aBatchThatCannotBeStored_changesNothing() {
    store.commit(batch(List.of(mapping("101", "AAMk-1", "ck-1")), Set.of(), cursor("state-1")));

    Batch clash =
        batch(
            List.of(mapping("102", "AAMk-1", "ck-1"), mapping("103", "AAMk-3", "ck-1")),
            Set.of(),
            cursor("state-2"));

    assertThatThrownBy(() -> store.commit(clash)).isInstanceOf(RuntimeException.class);
    assertThat(store.mappings(DIARY)).containsExactly(mapping("101", "AAMk-1", "ck-1"));
    assertThat(store.cursor(DIARY)).isEqualTo(cursor("state-1"));
  }

  private static Batch batch(List<MappingRecord> upserts, Set<String> removed, PairCursor cursor) {
    List<Tombstone> tombstones =
        removed.stream()
            .map(id -> new Tombstone(id, "AAMk-1", "Budget", TombstoneReason.DELETED_IN_CRM, NOW))
            .toList();
    return new Batch(DIARY, upserts, removed, cursor, List.of(), tombstones, List.of());
  }

  private static MappingRecord mapping(String crmId, String exchangeId, String changeKey) {
    return new MappingRecord(
        crmId,
        "2026-03-02T08:00:00Z",
        "v1:crm",
        exchangeId,
        changeKey,
        "v1:ex",
        SNAPSHOT,
        NOW,
        ItemOrigin.CRM);
  }

  private static PairCursor cursor(String state) {
    return new PairCursor(state, NOW, null, Set.of(), Set.of());
  }
}
