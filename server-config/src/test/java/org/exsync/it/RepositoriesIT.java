package org.exsync.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.exsync.domain.associate.Associate;
import org.exsync.domain.associate.AssociateRepository;
import org.exsync.domain.grant.Grant;
import org.exsync.domain.grant.GrantKind;
import org.exsync.domain.grant.GrantRepository;
import org.exsync.domain.grant.GrantStatus;
import org.exsync.domain.invitation.Invitation;
import org.exsync.domain.invitation.InvitationRepository;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.link.SyncLinkRepository;
import org.exsync.domain.mailbox.Mailbox;
import org.exsync.domain.mailbox.MailboxRepository;
import org.exsync.domain.mapping.ItemMapping;
import org.exsync.domain.mapping.ItemMappingRepository;
import org.exsync.domain.mapping.ItemOrigin;
import org.exsync.domain.mapping.SyncCursor;
import org.exsync.domain.mapping.SyncCursorRepository;
import org.exsync.domain.mapping.SyncPair;
import org.exsync.domain.rank.RankRepository;
import org.exsync.domain.run.ChangeAction;
import org.exsync.domain.run.RunCounts;
import org.exsync.domain.run.RunOutcome;
import org.exsync.domain.run.RunTrigger;
import org.exsync.domain.run.Side;
import org.exsync.domain.run.SyncRun;
import org.exsync.domain.run.SyncRunRepository;
import org.exsync.domain.shared.ItemKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Each repository stores its aggregate and reads it back unchanged from the real database. */
@ExtendWith(ArquillianExtension.class)
class RepositoriesIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.exsyncWith(
        RepositoriesIT.class, TestData.class, Transactions.class, LinkGraph.class);
  }

  @Resource(lookup = "java:comp/UserTransaction")
  private UserTransaction userTransaction;

  @Inject private AssociateRepository associates;
  @Inject private MailboxRepository mailboxes;
  @Inject private GrantRepository grants;
  @Inject private InvitationRepository invitations;
  @Inject private RankRepository ranks;
  @Inject private SyncLinkRepository links;
  @Inject private ItemMappingRepository mappings;
  @Inject private SyncCursorRepository cursors;
  @Inject private SyncRunRepository runs;

  private Transactions transactions;

  @BeforeEach
  void setUp() {
    transactions = new Transactions(userTransaction);
  }

  @Test
  void associate_roundTrips() throws Exception {
    Associate stored = TestData.associate();
    transactions.inNew(() -> add(stored));

    Associate read =
        transactions.inNew(() -> associates.findByCrmId(stored.getCrmId()).orElseThrow());

    assertThat(read.getId()).isEqualTo(stored.getId());
    assertThat(read.getName()).isEqualTo(stored.getName()).startsWith("Åse Ødegård");
    assertThat(read.getUserName()).isEqualTo(stored.getUserName());
    assertThat(read.getEmail())
        .isEqualTo(stored.getEmail())
        .get()
        .asString()
        .endsWith("@example.com");
    assertThat(read.getType()).isEqualTo(stored.getType());
    assertThat(transactions.inNew(() -> associates.findByCrmId(-1))).isEmpty();
  }

  @Test
  void mailbox_roundTrips_andIsFoundByAddressInAnyCase() throws Exception {
    Mailbox stored = TestData.mailbox();
    transactions.inNew(() -> add(stored));

    Mailbox read =
        transactions.inNew(
            () -> mailboxes.findBySmtpAddress(stored.getSmtpAddress().toUpperCase()).orElseThrow());

    assertThat(read.getId()).isEqualTo(stored.getId());
    assertThat(read.getEndpoint()).isEqualTo(stored.getEndpoint());
    assertThat(read.getKind()).isEqualTo(stored.getKind());
    assertThat(read.getTenantId()).isEmpty();
  }

  @Test
  void grant_roundTrips_withItsStatusChanges() throws Exception {
    Mailbox mailbox = TestData.mailbox();
    Grant stored =
        new Grant(
            mailbox,
            GrantKind.DELEGATED,
            "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
            "key-1",
            TestData.scopes(),
            TestData.NOW.plus(Duration.ofDays(90)),
            TestData.NOW);
    transactions.inNew(() -> add(mailbox, stored));
    transactions.inNew(
        () -> {
          grants
              .findById(stored.getId())
              .orElseThrow()
              .markNeedsReauthentication("AADSTS50173: the grant has expired", TestData.NOW);
          return null;
        });

    Grant read = transactions.inNew(() -> grants.findById(stored.getId()).orElseThrow());

    assertThat(read.getStatus()).isEqualTo(GrantStatus.NEEDS_REAUTHENTICATION);
    assertThat(read.getLastError()).hasValue("AADSTS50173: the grant has expired");
    assertThat(read.getSecretCiphertext()).isEqualTo(stored.getSecretCiphertext());
    assertThat(read.getScopes()).containsExactlyInAnyOrderElementsOf(TestData.scopes());
    assertThat(read.getExpiresAt()).isEqualTo(stored.getExpiresAt());
    assertThat(transactions.inNew(() -> grants.listByMailbox(mailbox))).hasSize(1);
  }

  @Test
  void invitation_roundTrips_andIsFoundByCodeAndLinkToken() throws Exception {
    Associate associate = TestData.associate();
    Invitation stored = TestData.invitation(associate, TestData.code());
    transactions.inNew(() -> add(associate, stored));

    Invitation byCode =
        transactions.inNew(
            () -> invitations.findByCode(stored.getCode().toLowerCase()).orElseThrow());
    Invitation byToken =
        transactions.inNew(() -> invitations.findByLinkToken(stored.getLinkToken()).orElseThrow());

    assertThat(byCode.getId()).isEqualTo(stored.getId()).isEqualTo(byToken.getId());
    assertThat(byCode.getAssociate().getCrmId()).isEqualTo(associate.getCrmId());
    assertThat(byCode.getLanguage()).isEqualTo("nb");
    assertThat(byCode.getCreatedAt()).isEqualTo(TestData.NOW);
    assertThat(byCode.getExpiresAt()).isEqualTo(stored.getExpiresAt());
    assertThat(byCode.getStatus()).isEqualTo(stored.getStatus());
  }

  @Test
  void link_withItsMappingCursorAndRun_roundTrips() throws Exception {
    LinkGraph graph = LinkGraph.create();
    String syncState = "S".repeat(65_535);
    String snapshot = "{\"subject\":\"Møte – ÆØÅ\"}\n";
    transactions.inNew(
        () -> {
          graph.addTo(ranks, associates, mailboxes, links);
          // A run belongs to a stored link: it keeps the link's id.
          SyncRun run = new SyncRun(graph.link(), RunTrigger.MANUAL, TestData.NOW);
          run.finish(
              RunOutcome.SUCCEEDED,
              RunCounts.none().plus(Side.EXCHANGE, ChangeAction.CREATED, 3).plusConflicts(1),
              "3 created in Exchange",
              TestData.NOW.plusSeconds(2));
          SyncPair diary = new SyncPair(graph.link().getId(), ItemKind.DIARY, "default");
          mappings.add(
              new ItemMapping(
                  diary,
                  "4711",
                  new ItemMapping.Sides(
                      "2026-11-22T10:00:00Z", "v1:h1", "AAMkAD=", "CQAAAB", "v1:h2", snapshot),
                  TestData.NOW,
                  ItemOrigin.CRM));
          SyncCursor cursor = new SyncCursor(diary);
          cursor.moveTo(syncState, TestData.NOW, null, null, Set.of("12"), Set.of());
          cursors.add(cursor);
          runs.add(run);
          return null;
        });

    transactions.inNew(
        () -> {
          SyncLink link = links.findByAssociate(graph.associate()).orElseThrow();
          assertThat(link.itemKinds()).isEqualTo(EnumSet.of(ItemKind.DIARY, ItemKind.TASK));
          assertThat(link.getRank().getName()).isEqualTo(graph.rank().getName());
          SyncPair diary = new SyncPair(link.getId(), ItemKind.DIARY, "default");
          ItemMapping readMapping = mappings.findByCrmId(diary, "4711").orElseThrow();
          assertThat(readMapping.getExchangeId()).isEqualTo("AAMkAD=");
          assertThat(readMapping.sides().exchangeHash()).isEqualTo("v1:h2");
          assertThat(readMapping.sides().snapshot()).isEqualTo(snapshot);
          assertThat(mappings.listByPair(new SyncPair(link.getId(), ItemKind.TASK, "default")))
              .isEmpty();
          SyncCursor readCursor = cursors.findByPair(diary).orElseThrow();
          assertThat(readCursor.getExchangeSyncState()).hasValue(syncState);
          assertThat(readCursor.getCrmWatermark()).hasValue(TestData.NOW);
          assertThat(readCursor.getCrmRetries()).containsExactly("12");
          SyncRun readRun = runs.listByLink(link, 10).get(0);
          assertThat(readRun.getOutcome()).isEqualTo(RunOutcome.SUCCEEDED);
          assertThat(readRun.getCounts().of(Side.EXCHANGE, ChangeAction.CREATED)).isEqualTo(3);
          assertThat(readRun.getCounts().getConflicts()).isEqualTo(1);
          assertThat(readRun.getDuration()).hasValue(Duration.ofSeconds(2));
          assertThat(readRun.getLinkId()).isEqualTo(link.getId());
          assertThat(readRun.getAssociateName()).isEqualTo(graph.associate().getName());
          assertThat(readRun.getMailboxSmtp()).isEqualTo(graph.mailbox().getSmtpAddress());
          return null;
        });
  }

  @Test
  void aRun_outlivesItsLink_withTheNamesItRanFor() throws Exception {
    LinkGraph graph = LinkGraph.create();
    long linkId =
        transactions.inNew(
            () -> {
              graph.addTo(ranks, associates, mailboxes, links);
              SyncRun run = new SyncRun(graph.link(), RunTrigger.SCHEDULED, TestData.NOW);
              run.finish(RunOutcome.SUCCEEDED, RunCounts.none(), null, TestData.NOW);
              runs.add(run);
              return graph.link().getId();
            });

    transactions.inNew(
        () -> {
          links.remove(links.findById(linkId).orElseThrow());
          return null;
        });

    List<SyncRun> left = transactions.inNew(() -> runs.listByLink(linkId, 0, 10));
    assertThat(transactions.inNew(() -> links.findById(linkId))).isEmpty();
    assertThat(left)
        .singleElement()
        .satisfies(
            run -> {
              assertThat(run.getLinkId()).isEqualTo(linkId);
              assertThat(run.getAssociateName()).isEqualTo(graph.associate().getName());
              assertThat(run.getMailboxSmtp()).isEqualTo(graph.mailbox().getSmtpAddress());
            });
    assertThat(transactions.inNew(() -> runs.countByLink(linkId))).isEqualTo(1);
  }

  @Test
  void dueLinks_ofARank_areListed() throws Exception {
    LinkGraph graph = LinkGraph.create();
    transactions.inNew(() -> graph.addTo(ranks, associates, mailboxes, links));

    var due =
        transactions.inNew(
            () ->
                links.listDue(
                    ranks.findByName(graph.rank().getName()).orElseThrow(),
                    TestData.NOW.plus(Duration.ofDays(1)),
                    10));

    assertThat(due).extracting(SyncLink::getId).containsExactly(graph.link().getId());
  }

  private Void add(Associate associate) {
    associates.add(associate);
    return null;
  }

  private Void add(Mailbox mailbox) {
    mailboxes.add(mailbox);
    return null;
  }

  private Void add(Mailbox mailbox, Grant grant) {
    mailboxes.add(mailbox);
    grants.add(grant);
    return null;
  }

  private Void add(Associate associate, Invitation invitation) {
    associates.add(associate);
    invitations.add(invitation);
    return null;
  }
}
