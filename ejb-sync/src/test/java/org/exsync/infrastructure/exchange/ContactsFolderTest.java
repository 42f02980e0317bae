package org.exsync.infrastructure.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.port.ExchangeMailbox;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.port.FolderRef;
import org.exsync.engine.port.FolderRemoval;
import org.exsync.engine.port.MailboxAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ContactsFolderTest {

  private final SandboxExchange sandbox = new SandboxExchange();
  private final MailboxAccess access = sandbox.appOnly(sandbox.user(0));

  @AfterEach
  void close() {
    sandbox.close();
  }

  @Test
  void selectionFolder_isCreatedOnce_andFoundAgainByItsMarkerInALaterSession() {
    FolderRef first;
    try (ExchangeMailbox mailbox = sandbox.open(access, EwsOptions.DEFAULTS)) {
      first = mailbox.contactsFolder("selection-42", "Messe 2026").value();
    }
    FolderRef again;
    try (ExchangeMailbox mailbox = sandbox.open(access, EwsOptions.DEFAULTS)) {
      again = mailbox.contactsFolder("selection-42", "Messe 2026 (renamed in SuperOffice)").value();
    }

    assertThat(again).isEqualTo(first);
    assertThat(first.displayName()).isEqualTo("Messe 2026");
    assertThat(sandbox.outlook(sandbox.user(0)).folderNames("contacts"))
        .containsExactly("Messe 2026");
    assertThat(sandbox.count("requests.CreateFolder")).isEqualTo(1);
  }

  @Test
  void aUsersOwnFolderOfTheSameName_isLeftAlone_andExsyncsGetsANumberedName() {
    sandbox.outlook(sandbox.user(0)).createContactsFolder("Kunder");

    FolderRef folder;
    try (ExchangeMailbox mailbox = sandbox.open(access, EwsOptions.DEFAULTS)) {
      folder = mailbox.contactsFolder("selection-7", "Kunder").value();
    }

    assertThat(folder.displayName()).isEqualTo("Kunder (2)");
    assertThat(sandbox.outlook(sandbox.user(0)).folderNames("contacts"))
        .containsExactlyInAnyOrder("Kunder", "Kunder (2)");
  }

  @Test
  void twoSelections_getTwoFolders_andTheirContactsStayApart() {
    try (ExchangeMailbox mailbox = sandbox.open(access, EwsOptions.DEFAULTS)) {
      FolderRef fair = mailbox.contactsFolder("selection-1", "Messe").value();
      FolderRef partners = mailbox.contactsFolder("selection-2", "Partnere").value();
      mailbox.create(fair, List.of(Items.contact("Ola", "Messe")));
      mailbox.create(partners, List.of(Items.contact("Kari", "Partner")));

      List<SourceItem> inFair = mailbox.changes(fair, null).value().changed();

      assertThat(fair.id()).isNotEqualTo(partners.id());
      assertThat(inFair).hasSize(1);
      assertThat(inFair.get(0).content().title()).isEqualTo("Ola Marie Messe");
    }
  }

  @Test
  void removal_deletesExsyncsEmptyFolder_andNeverTheUsersOwnOfTheSameName() {
    sandbox.outlook(sandbox.user(0)).createContactsFolder("Kunder");
    try (ExchangeMailbox mailbox = sandbox.open(access, EwsOptions.DEFAULTS)) {
      mailbox.contactsFolder("selection-7", "Kunder").value();
    }
    long created = sandbox.count("requests.CreateFolder");

    FolderRemoval first;
    FolderRemoval again;
    try (ExchangeMailbox mailbox = sandbox.open(access, EwsOptions.DEFAULTS)) {
      first = mailbox.removeContactsFolder("selection-7").value();
      again = mailbox.removeContactsFolder("selection-7").value();
    }

    assertThat(first).isEqualTo(FolderRemoval.DELETED);
    assertThat(again).isEqualTo(FolderRemoval.ABSENT);
    assertThat(sandbox.outlook(sandbox.user(0)).folderNames("contacts")).containsExactly("Kunder");
    assertThat(sandbox.count("requests.DeleteFolder")).isEqualTo(1);
    assertThat(sandbox.count("requests.CreateFolder")).isEqualTo(created);
  }

  @Test
  void removal_keepsExsyncsFolder_whileTheUserKeepsAContactOfTheirOwnInIt() {
    FolderRef folder;
    try (ExchangeMailbox mailbox = sandbox.open(access, EwsOptions.DEFAULTS)) {
      folder = mailbox.contactsFolder("selection-9", "Messe").value();
    }
    sandbox
        .outlook(sandbox.user(0))
        .createInFolder(
            org.exsync.sandbox.ews.store.ItemKind.CONTACT,
            folder.id(),
            Map.of("GivenName", "Liv", "Surname", "Berg"));

    FolderRemoval answer;
    try (ExchangeMailbox mailbox = sandbox.open(access, EwsOptions.DEFAULTS)) {
      answer = mailbox.removeContactsFolder("selection-9").value();
    }

    assertThat(answer).isEqualTo(FolderRemoval.KEPT_NOT_EMPTY);
    assertThat(sandbox.outlook(sandbox.user(0)).folderNames("contacts")).containsExactly("Messe");
    assertThat(sandbox.count("requests.DeleteFolder")).isZero();
  }

  @Test
  void aBlankMarker_isRejected() {
    try (ExchangeMailbox mailbox = sandbox.open(access, EwsOptions.DEFAULTS)) {
      assertThat(mailbox.contactsFolder(" ", "Navnløs").failure().orElseThrow().kind())
          .isEqualTo(FailureKind.REJECTED);
    }
  }
}
