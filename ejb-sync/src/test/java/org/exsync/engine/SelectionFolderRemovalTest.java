package org.exsync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.port.FolderRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Unlinking with removal takes out the contacts folders Exsync made for selections once their
 * copies are gone, and never a folder the user had or keeps contacts of their own in.
 */
class SelectionFolderRemovalTest {

  private static final int CUSTOMERS = 41;
  private static final int PARTNERS = 42;

  private Harness h;

  @BeforeEach
  void link() {
    h = new Harness();
    h.kinds = Set.of(ItemKind.CONTACT);
    h.selections =
        List.of(
            new SelectionFolder(CUSTOMERS, "exsync-sel-41", "Customers"),
            new SelectionFolder(PARTNERS, "exsync-sel-42", "Partners"));
    String kari = h.crm.userCreates(99, Items.contact("Kari", "Nordmann", "kari@acme.example"));
    String ola = h.crm.userCreates(99, Items.contact("Ola", "Hansen", "ola@acme.example"));
    h.crm.addToSelection(CUSTOMERS, kari);
    h.crm.addToSelection(CUSTOMERS, ola);
    h.crm.addToSelection(PARTNERS, kari);
    h.runTwice();
  }

  @Test
  void removal_deletesTheFoldersExsyncMade_andLeavesTheUsersOwnContactsFolder() {
    String ownContact =
        h.exchange.userCreates(ItemKind.CONTACT, Items.contact("Per", "Olsen", "per@home.example"));
    assertThat(h.exchange.folderByMarker("exsync-sel-41")).isPresent();

    RemovalReport report = h.remove();

    assertThat(report.isComplete()).isTrue();
    assertThat(report.removed()).isEqualTo(3);
    assertThat(report.foldersRemoved()).isEqualTo(2);
    assertThat(report.foldersKept()).isEmpty();
    assertThat(h.exchange.folderByMarker("exsync-sel-41")).isEmpty();
    assertThat(h.exchange.folderByMarker("exsync-sel-42")).isEmpty();
    assertThat(h.exchange.folderIds()).contains(ItemKind.CONTACT.name());
    assertThat(h.exchange.content(ownContact)).isPresent();

    RemovalReport again = h.remove();
    assertThat(again.isComplete()).isTrue();
    assertThat(again.removed()).isZero();
    assertThat(again.foldersRemoved()).isZero();
    assertThat(h.exchange.folderIds()).noneMatch(id -> id.startsWith("contacts:"));
  }

  @Test
  void folderWhereTheUserKeepsAContactOfTheirOwn_isKeptWithIt() {
    FolderRef customers = folder("exsync-sel-41");
    String dropped =
        h.exchange.userCreatesIn(customers, Items.contact("Liv", "Berg", "liv@home.example"));

    RemovalReport report = h.remove();

    assertThat(report.isComplete()).isTrue();
    assertThat(report.foldersRemoved()).isEqualTo(1);
    assertThat(report.foldersKept()).containsExactly("Customers");
    assertThat(h.exchange.folderContents(customers.id())).containsOnlyKeys(dropped);
    assertThat(h.exchange.folderByMarker("exsync-sel-42")).isEmpty();

    RemovalReport again = h.remove();
    assertThat(again.isComplete()).isTrue();
    assertThat(again.foldersKept()).containsExactly("Customers");
    assertThat(h.exchange.content(dropped)).isPresent();
  }

  @Test
  void folderRemovalThrottled_stopsTheRun_andTheNextRunDeletesThem() {
    h.exchange.faults.failNext(
        "removeContactsFolder", Failure.throttled(Duration.ofSeconds(20), "ErrorServerBusy"));

    RemovalReport first = h.remove();

    assertThat(first.isComplete()).isFalse();
    assertThat(first.stop()).map(Failure::kind).contains(FailureKind.THROTTLED);
    assertThat(first.backoff()).contains(Duration.ofSeconds(20));
    assertThat(first.removed()).isEqualTo(3);
    assertThat(first.remaining()).isZero();
    assertThat(h.exchange.folderByMarker("exsync-sel-41")).isPresent();

    RemovalReport second = h.remove();

    assertThat(second.isComplete()).isTrue();
    assertThat(second.removed()).isZero();
    assertThat(second.foldersRemoved()).isEqualTo(2);
    assertThat(h.exchange.folderIds()).noneMatch(id -> id.startsWith("contacts:"));
  }

  private FolderRef folder(String marker) {
    return h.exchange.contactsFolder(marker, "unused").value();
  }
}
