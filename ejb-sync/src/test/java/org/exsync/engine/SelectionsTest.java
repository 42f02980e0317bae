package org.exsync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.exsync.domain.run.Side;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.ContactItem;
import org.exsync.engine.store.PairKey;
import org.exsync.engine.store.TombstoneReason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contacts of chosen selections, each selection in an Exchange contacts folder of its own. */
class SelectionsTest {

  private static final int CUSTOMERS = 41;
  private static final int PARTNERS = 42;

  private Harness h;
  private String kari;
  private String ola;

  @BeforeEach
  void link() {
    h = new Harness();
    h.kinds = Set.of(ItemKind.CONTACT);
    h.ownContacts = false;
    h.selections =
        List.of(
            new SelectionFolder(CUSTOMERS, "exsync-sel-41", "Customers"),
            new SelectionFolder(PARTNERS, "exsync-sel-42", "Partners"));
    kari = h.crm.userCreates(99, Items.contact("Kari", "Nordmann", "kari@acme.example"));
    ola = h.crm.userCreates(99, Items.contact("Ola", "Hansen", "ola@acme.example"));
    h.crm.addToSelection(CUSTOMERS, kari);
    h.crm.addToSelection(CUSTOMERS, ola);
    h.crm.addToSelection(PARTNERS, kari);
  }

  @Test
  void eachSelection_fillsItsOwnFolder_foundAgainByMarker() {
    h.runTwice();

    assertThat(folder("exsync-sel-41")).hasSize(2);
    assertThat(folder("exsync-sel-42"))
        .singleElement()
        .satisfies(c -> assertThat(((ContactItem) c).surname()).isEqualTo("Nordmann"));
    assertThat(h.exchange.folderIds()).filteredOn(id -> id.startsWith("contacts:")).hasSize(2);
  }

  @Test
  void personLeavingTheSelection_isRemovedFromItsFolder_andKeptInCrm() {
    h.runTwice();

    h.crm.removeFromSelection(CUSTOMERS, ola);
    SyncReport report = h.runTwice();

    assertThat(folder("exsync-sel-41")).hasSize(1);
    assertThat(h.crm.content(ola)).isPresent();
    assertThat(report.counts(Side.EXCHANGE).unlinked()).isEqualTo(1);
    assertThat(h.store.tombstones.get(0).reason()).isEqualTo(TombstoneReason.LEFT_SELECTION);
  }

  @Test
  void contactDeletedFromASelectionFolder_isPutBack_andThePersonStays() {
    h.runTwice();
    String contactId =
        h.store.mappingsByCrmId(PairKey.selection(Harness.LINK, CUSTOMERS)).get(ola).exchangeId();

    h.exchange.userDeletes(contactId);
    h.runTwice();

    assertThat(h.crm.content(ola)).isPresent();
    assertThat(folder("exsync-sel-41")).hasSize(2);
  }

  @Test
  void personEditedInCrm_isUpdatedInEveryFolderItIsIn() {
    h.runTwice();

    h.crm.userUpdates(
        kari, Items.withJobTitle(Items.contact("Kari", "Nordmann", "kari@acme.example"), "CFO"));
    h.runTwice();

    assertThat(folder("exsync-sel-41"))
        .filteredOn(c -> ((ContactItem) c).jobTitle().equals("CFO"))
        .hasSize(1);
    assertThat(folder("exsync-sel-42"))
        .filteredOn(c -> ((ContactItem) c).jobTitle().equals("CFO"))
        .hasSize(1);
  }

  private java.util.Collection<?> folder(String marker) {
    return h.exchange.folderContents(h.exchange.folderByMarker(marker).orElseThrow()).values();
  }
}
