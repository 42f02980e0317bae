package org.exsync.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.exsync.application.link.ConcurrentEditException;
import org.exsync.application.link.ExternalUser;
import org.exsync.application.link.ExternalUsers;
import org.exsync.application.link.LinkAdminService;
import org.exsync.application.link.LinkFilter;
import org.exsync.application.link.LinkRow;
import org.exsync.application.link.LinkSettings;
import org.exsync.application.link.LinkedUsers;
import org.exsync.domain.associate.Associate;
import org.exsync.domain.associate.AssociateRepository;
import org.exsync.domain.grant.Grant;
import org.exsync.domain.grant.GrantKind;
import org.exsync.domain.grant.GrantRepository;
import org.exsync.domain.grant.SignedInAccount;
import org.exsync.domain.link.ConflictPolicy;
import org.exsync.domain.link.LinkState;
import org.exsync.domain.link.SyncLinkRepository;
import org.exsync.domain.link.SyncedItems;
import org.exsync.domain.link.UnlinkingRepository;
import org.exsync.domain.mailbox.Mailbox;
import org.exsync.domain.mailbox.MailboxRepository;
import org.exsync.domain.rank.Rank;
import org.exsync.domain.rank.RankRepository;
import org.exsync.domain.shared.ItemKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin's link administration on the deployed EAR and the real database: consented users with
 * their e-mail match, linking, editing against another admin's edit, unlinking with the choice
 * about the synced items, the live filter and "sync now", and the ranks.
 */
@ExtendWith(ArquillianExtension.class)
class LinkAdministrationIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.exsyncWith(LinkAdministrationIT.class, TestData.class, Transactions.class);
  }

  @Resource(lookup = "java:comp/UserTransaction")
  private UserTransaction userTransaction;

  @Inject private LinkAdminService admin;
  @Inject private LinkedUsers linked;
  @Inject private ExternalUsers external;
  @Inject private AssociateRepository associates;
  @Inject private MailboxRepository mailboxes;
  @Inject private GrantRepository grants;
  @Inject private RankRepository ranks;
  @Inject private SyncLinkRepository links;
  @Inject private UnlinkingRepository unlinkings;

  private Transactions transactions;

  @BeforeEach
  void setUp() {
    transactions = new Transactions(userTransaction);
  }

  @Test
  void consentedUser_isListedWithTheAssociateWhoseAddressMatches() throws Exception {
    Associate associate = TestData.associate();
    Mailbox mailbox = consented(associate.getEmail().orElseThrow());
    transactions.inNew(() -> addAssociate(associate));

    ExternalUser user =
        external.list().stream()
            .filter(u -> u.mailboxId() == mailbox.getId())
            .findFirst()
            .orElseThrow();

    assertThat(user.suggestedAssociateId()).contains(associate.getId());
    assertThat(user.isExactMatch()).isTrue();
    assertThat(user.signedInAs()).isEqualTo(mailbox.getSmtpAddress());
    assertThat(external.unlinkedAssociates())
        .anySatisfy(choice -> assertThat(choice.associateId()).isEqualTo(associate.getId()));
  }

  @Test
  void mailboxWithoutConsent_isNotAnExternalUser() throws Exception {
    Mailbox mailbox = TestData.mailbox();
    transactions.inNew(() -> addMailbox(mailbox));

    assertThat(external.list())
        .noneSatisfy(u -> assertThat(u.mailboxId()).isEqualTo(mailbox.getId()));
  }

  @Test
  void linkUser_storesKindsSelectionsWindowAndPolicy_dueAtOnce() throws Exception {
    Fixture fixture = fixture();

    LinkRow row =
        admin.link(
            fixture.associate.getId(),
            fixture.mailbox.getId(),
            new LinkSettings(
                EnumSet.of(ItemKind.DIARY, ItemKind.TASK),
                Set.of(7, 3),
                fixture.rank.getId(),
                10,
                90,
                ConflictPolicy.CRM_WINS));

    LinkRow read = linked.find(row.linkId()).orElseThrow();
    assertThat(read.itemKinds()).containsExactlyInAnyOrder(ItemKind.DIARY, ItemKind.TASK);
    assertThat(read.contactSelections()).containsExactly(3, 7);
    assertThat(read.pastDays()).isEqualTo(10);
    assertThat(read.futureDays()).isEqualTo(90);
    assertThat(read.conflictPolicy()).isEqualTo(ConflictPolicy.CRM_WINS);
    assertThat(read.state()).isEqualTo(LinkState.IDLE);
    assertThat(read.rankName()).isEqualTo(fixture.rank.getName());
  }

  @Test
  void linkingALinkedAssociateAgain_isRefusedWithTheMailboxNamed() throws Exception {
    Fixture fixture = fixture();
    admin.link(fixture.associate.getId(), fixture.mailbox.getId(), settings(fixture.rank));

    assertThatThrownBy(
            () ->
                admin.link(
                    fixture.associate.getId(), fixture.mailbox.getId(), settings(fixture.rank)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is linked to " + fixture.mailbox.getSmtpAddress() + " already");
  }

  @Test
  void linkWithoutItemKinds_isRefusedAndNothingIsStored() throws Exception {
    Fixture fixture = fixture();
    LinkSettings none =
        new LinkSettings(
            Set.of(), Set.of(), fixture.rank.getId(), 30, 365, ConflictPolicy.LAST_MODIFIED_WINS);

    assertThatThrownBy(() -> admin.link(fixture.associate.getId(), fixture.mailbox.getId(), none))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one of Diary, Task and Contact");
    assertThat(transactions.inNew(() -> links.findByAssociate(fixture.associate))).isEmpty();
  }

  @Test
  void saveAfterAnotherAdminsSave_isRefused_andTheirChangeStays() throws Exception {
    Fixture fixture = fixture();
    LinkRow opened =
        admin.link(fixture.associate.getId(), fixture.mailbox.getId(), settings(fixture.rank));
    LinkSettings theirs =
        new LinkSettings(
            EnumSet.of(ItemKind.DIARY),
            Set.of(),
            fixture.rank.getId(),
            5,
            5,
            ConflictPolicy.EXCHANGE_WINS);
    admin.save(opened.linkId(), opened.settings(), theirs);

    LinkSettings mine =
        new LinkSettings(
            EnumSet.of(ItemKind.TASK),
            Set.of(),
            fixture.rank.getId(),
            1,
            1,
            ConflictPolicy.CRM_WINS);

    assertThatThrownBy(() -> admin.save(opened.linkId(), opened.settings(), mine))
        .isInstanceOf(ConcurrentEditException.class)
        .hasMessageContaining("Another admin changed the link of " + fixture.associate.getName());
    assertThat(linked.find(opened.linkId()).orElseThrow().settings()).isEqualTo(theirs);
  }

  @Test
  void unlinkKeepingItems_removesTheLink_andRecordsTheChoice() throws Exception {
    Fixture fixture = fixture();
    LinkRow row =
        admin.link(fixture.associate.getId(), fixture.mailbox.getId(), settings(fixture.rank));

    admin.unlink(row.linkId(), SyncedItems.KEEP, "admin");

    assertThat(linked.find(row.linkId())).isEmpty();
    var recorded = transactions.inNew(() -> unlinkings.listByLinkId(row.linkId()));
    assertThat(recorded)
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.getSyncedItems()).isEqualTo(SyncedItems.KEEP);
              assertThat(u.getRequestedBy()).isEqualTo("admin");
              assertThat(u.getMailboxSmtp()).isEqualTo(fixture.mailbox.getSmtpAddress());
              assertThat(u.isRemovalPending()).isFalse();
            });
  }

  @Test
  void unlinkRemovingItems_keepsTheLinkForTheRunThatRemovesThem() throws Exception {
    Fixture fixture = fixture();
    LinkRow row =
        admin.link(fixture.associate.getId(), fixture.mailbox.getId(), settings(fixture.rank));

    admin.unlink(row.linkId(), SyncedItems.REMOVE, "admin");

    LinkRow pending = linked.find(row.linkId()).orElseThrow();
    assertThat(pending.enabled()).isTrue();
    assertThat(pending.removalPending()).isTrue();
    assertThat(transactions.inNew(() -> unlinkings.listPendingRemovals()))
        .anySatisfy(u -> assertThat(u.getLinkId()).isEqualTo(row.linkId()));
  }

  @Test
  void withErrorsFilter_showsTheLinkWhoseGrantBroke_withoutErrorsDoesNot() throws Exception {
    Fixture fixture = fixture();
    LinkRow row =
        admin.link(fixture.associate.getId(), fixture.mailbox.getId(), settings(fixture.rank));
    transactions.inNew(
        () -> {
          links
              .findById(row.linkId())
              .orElseThrow()
              .markNeedsReauthentication("AADSTS50173: expired");
          return null;
        });

    assertThat(linked.list(LinkFilter.WITH_ERRORS))
        .anySatisfy(
            r -> {
              assertThat(r.linkId()).isEqualTo(row.linkId());
              assertThat(r.lastError()).contains("AADSTS50173: expired");
            });
    assertThat(linked.list(LinkFilter.WITHOUT_ERRORS))
        .noneSatisfy(r -> assertThat(r.linkId()).isEqualTo(row.linkId()));
    assertThat(linked.countByState().get(LinkState.NEEDS_REAUTHENTICATION)).isPositive();
  }

  @Test
  void syncNow_makesAnIdleLinkDue_butNotOneWaitingForReauthentication() throws Exception {
    Fixture idle = fixture();
    Fixture waiting = fixture();
    LinkRow idleRow = admin.link(idle.associate.getId(), idle.mailbox.getId(), settings(idle.rank));
    LinkRow waitingRow =
        admin.link(waiting.associate.getId(), waiting.mailbox.getId(), settings(waiting.rank));
    transactions.inNew(
        () -> {
          links.findById(waitingRow.linkId()).orElseThrow().markNeedsReauthentication("revoked");
          return null;
        });

    int due = linked.syncNow(List.of(idleRow.linkId(), waitingRow.linkId()));

    assertThat(due).isEqualTo(1);
  }

  private record Fixture(Associate associate, Mailbox mailbox, Rank rank) {}

  private Fixture fixture() throws Exception {
    Associate associate = TestData.associate();
    Mailbox mailbox = consented(associate.getEmail().orElseThrow());
    Rank rank = TestData.rank();
    transactions.inNew(
        () -> {
          associates.add(associate);
          ranks.add(rank);
          return null;
        });
    return new Fixture(associate, mailbox, rank);
  }

  private static LinkSettings settings(Rank rank) {
    return new LinkSettings(
        EnumSet.of(ItemKind.DIARY, ItemKind.TASK),
        Set.of(),
        rank.getId(),
        30,
        365,
        ConflictPolicy.LAST_MODIFIED_WINS);
  }

  /** A mailbox at the address whose user consented: a valid delegated grant. */
  private Mailbox consented(String address) throws Exception {
    Mailbox mailbox =
        new Mailbox(
            address,
            java.net.URI.create("https://outlook.office365.com/EWS/Exchange.asmx"),
            org.exsync.domain.mailbox.MailboxKind.EWS_ONLINE,
            "tenant");
    Grant grant =
        new Grant(
            mailbox,
            GrantKind.DELEGATED,
            "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
            "key-1",
            TestData.scopes(),
            TestData.NOW.plus(Duration.ofDays(90)),
            TestData.NOW);
    grant.recordAccount(new SignedInAccount("tenant", TestData.unique(), address));
    transactions.inNew(
        () -> {
          mailboxes.add(mailbox);
          grants.add(grant);
          return null;
        });
    return mailbox;
  }

  private Void addAssociate(Associate associate) {
    associates.add(associate);
    return null;
  }

  private Void addMailbox(Mailbox mailbox) {
    mailboxes.add(mailbox);
    return null;
  }
}
