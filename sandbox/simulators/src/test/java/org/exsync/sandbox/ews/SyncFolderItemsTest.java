package org.exsync.sandbox.ews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.enumeration.service.SyncFolderItemsScope;
import microsoft.exchange.webservices.data.core.enumeration.sync.ChangeType;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceResponseException;
import microsoft.exchange.webservices.data.property.complex.FolderId;
import microsoft.exchange.webservices.data.sync.ChangeCollection;
import microsoft.exchange.webservices.data.sync.ItemChange;
import org.junit.jupiter.api.Test;

class SyncFolderItemsTest extends SchemaCheckedTest {

  private final ExchangeService service = fixture.as(fixture.user(0));
  private final OutlookUser outlook =
      fixture.simulator.outlook(fixture.user(0).email()).orElseThrow();
  private final FolderId calendar = new FolderId(WellKnownFolderName.Calendar);

  /** Syncs page by page until IncludesLastItemInRange; returns the changes and the final state. */
  private List<ItemChange> syncAll(String state, List<String> finalState, int[] pages)
      throws Exception {
    List<ItemChange> all = new ArrayList<>();
    String current = state;
    while (true) {
      ChangeCollection<ItemChange> page =
          service.syncFolderItems(
              calendar,
              new PropertySet(BasePropertySet.FirstClassProperties),
              null,
              5,
              SyncFolderItemsScope.NormalItems,
              current);
      pages[0]++;
      page.forEach(all::add);
      current = page.getSyncState();
      if (!page.getMoreChangesAvailable()) {
        finalState.add(current);
        return all;
      }
      assertThat(page.getCount()).isEqualTo(5);
    }
  }

  @Test
  void initialSync_pagesThroughTheSeededCalendar_fiveChangesAPage() throws Exception {
    int seeded = outlook.itemIds("calendar").size();
    int[] pages = {0};

    List<ItemChange> changes = syncAll(null, new ArrayList<>(), pages);

    assertThat(changes).hasSize(seeded);
    assertThat(changes).extracting(ItemChange::getChangeType).containsOnly(ChangeType.Create);
    Set<String> ids = new HashSet<>();
    for (ItemChange change : changes) {
      ids.add(change.getItemId().getUniqueId());
    }
    assertThat(ids).containsExactlyInAnyOrderElementsOf(outlook.itemIds("calendar"));
    assertThat(pages[0]).isEqualTo((seeded + 4) / 5);
  }

  @Test
  void laterSync_showsOutOfBandEdits_creationsAndDeletions_once() throws Exception {
    List<String> state = new ArrayList<>();
    syncAll(null, state, new int[1]);
    List<String> ids = outlook.itemIds("calendar");
    outlook.edit(ids.get(0), Map.of("Subject", "Edited in Outlook"));
    outlook.delete(ids.get(1));
    String added =
        outlook.create(
            org.exsync.sandbox.ews.store.ItemKind.CALENDAR_ITEM,
            "calendar",
            Map.of(
                "Subject",
                "Made in Outlook",
                "Start",
                "2026-03-04T10:00:00Z",
                "End",
                "2026-03-04T11:00:00Z"));

    List<String> next = new ArrayList<>();
    List<ItemChange> changes = syncAll(state.get(0), next, new int[1]);

    List<String> seen = new ArrayList<>();
    for (ItemChange change : changes) {
      seen.add(change.getChangeType() + " " + change.getItemId().getUniqueId());
    }
    assertThat(seen)
        .containsExactly("Update " + ids.get(0), "Delete " + ids.get(1), "Create " + added);
    assertThat(changes.get(0).getItem().getSubject()).isEqualTo("Edited in Outlook");
    assertThat(syncAll(next.get(0), new ArrayList<>(), new int[1])).isEmpty();
  }

  @Test
  void syncStateOfAnotherFolder_isInvalidSyncStateData() throws Exception {
    ChangeCollection<ItemChange> tasks =
        service.syncFolderItems(
            new FolderId(WellKnownFolderName.Tasks),
            PropertySet.getIdOnly(),
            null,
            512,
            SyncFolderItemsScope.NormalItems,
            null);

    assertThatThrownBy(
            () ->
                service.syncFolderItems(
                    calendar,
                    PropertySet.getIdOnly(),
                    null,
                    5,
                    SyncFolderItemsScope.NormalItems,
                    tasks.getSyncState()))
        .isInstanceOf(ServiceResponseException.class)
        .satisfies(
            e ->
                assertThat(((ServiceResponseException) e).getErrorCode())
                    .isEqualTo(ServiceError.ErrorInvalidSyncStateData));
  }
}
