package org.exsync.domain.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.exsync.domain.Fixtures;
import org.exsync.domain.shared.ItemKind;
import org.junit.jupiter.api.Test;

class UnlinkingTest {

  private static SyncLink storedLink() {
    return Fixtures.withId(Fixtures.link(ItemKind.DIARY), 42L);
  }

  @Test
  void removal_isPendingUntilTheEngineRemovedTheItems() {
    Unlinking unlinking = new Unlinking(storedLink(), SyncedItems.REMOVE, "admin", Fixtures.NOW);

    assertThat(unlinking.isRemovalPending()).isTrue();
    assertThat(unlinking.getItemsRemoved()).isEmpty();
    unlinking.itemsRemoved(17, Fixtures.NOW.plusSeconds(60));

    assertThat(unlinking.isRemovalPending()).isFalse();
    assertThat(unlinking.getItemsRemovedAt()).contains(Fixtures.NOW.plusSeconds(60));
    assertThat(unlinking.getItemsRemoved()).contains(17);
    assertThat(unlinking.getLinkId()).isEqualTo(42L);
  }

  @Test
  void keepingTheItems_hasNothingToRemove() {
    Unlinking unlinking = new Unlinking(storedLink(), SyncedItems.KEEP, "admin", Fixtures.NOW);

    assertThat(unlinking.isRemovalPending()).isFalse();
    assertThatThrownBy(() -> unlinking.itemsRemoved(0, Fixtures.NOW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("keeps the synced items");
  }

  @Test
  void contactSelections_areReplacedWhole_andMustBePositive() {
    SyncLink link = Fixtures.link(ItemKind.CONTACT);
    link.changeContactSelections(Set.of(5, 2));
    link.changeContactSelections(Set.of(9));

    assertThat(link.contactSelections()).containsExactly(9);
    assertThatThrownBy(() -> link.changeContactSelections(Set.of(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive number, got 0");
  }
}
