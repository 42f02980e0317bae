package org.exsync.infrastructure.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.port.ChangePage;
import org.exsync.engine.port.ExchangeMailbox;
import org.exsync.engine.port.FolderRef;
import org.exsync.sandbox.data.SeedUser;
import org.exsync.sandbox.ews.OutlookUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LargeMailboxTest {

  private static final int ITEMS = 1_000;

  private final SandboxExchange sandbox = new SandboxExchange();
  private final SeedUser user = sandbox.user(3);

  @AfterEach
  void close() {
    sandbox.close();
  }

  @Test
  void aThousandItems_areReadInTwoSyncPagesOf512_andGetItemBatchesOfTheBatchSize() {
    OutlookUser outlook = sandbox.outlook(user);
    for (int i = 0; i < ITEMS; i++) {
      outlook.create(
          org.exsync.sandbox.ews.store.ItemKind.CONTACT,
          "contacts",
          Map.of("GivenName", "Kontakt" + i, "Surname", "Nummer " + i));
    }
    List<SourceItem> all = new ArrayList<>();
    List<Boolean> more = new ArrayList<>();
    try (ExchangeMailbox mailbox =
        sandbox.open(sandbox.appOnly(user), EwsOptions.DEFAULTS.withBatchSize(100))) {
      FolderRef contacts = mailbox.defaultFolder(ItemKind.CONTACT).value();
      String state = null;
      do {
        ChangePage page = mailbox.changes(contacts, state).value();
        all.addAll(page.changed());
        more.add(page.moreAvailable());
        state = page.syncState();
      } while (more.get(more.size() - 1));
    }

    assertThat(all).hasSize(ITEMS);
    assertThat(new HashSet<>(all.stream().map(SourceItem::id).toList())).hasSize(ITEMS);
    assertThat(more).containsExactly(true, false);
    assertThat(sandbox.count("requests.SyncFolderItems")).isEqualTo(2);
    // 512 changes in 6 batches of up to 100, then 488 in 5.
    assertThat(sandbox.count("requests.GetItem")).isEqualTo(11);
  }
}
