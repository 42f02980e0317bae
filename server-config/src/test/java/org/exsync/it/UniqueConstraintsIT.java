package org.exsync.it;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.exsync.domain.DuplicateEntityException;
import org.exsync.domain.associate.Associate;
import org.exsync.domain.associate.AssociateRepository;
import org.exsync.domain.invitation.InvitationRepository;
import org.exsync.domain.link.SyncLinkRepository;
import org.exsync.domain.mailbox.MailboxRepository;
import org.exsync.domain.mapping.ItemMapping;
import org.exsync.domain.mapping.ItemMappingRepository;
import org.exsync.domain.mapping.ItemOrigin;
import org.exsync.domain.mapping.SyncPair;
import org.exsync.domain.rank.RankRepository;
import org.exsync.domain.shared.ItemKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The database refuses what the domain forbids, and the repository says which key is taken. */
@ExtendWith(ArquillianExtension.class)
class UniqueConstraintsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.exsyncWith(
        UniqueConstraintsIT.class, TestData.class, Transactions.class, LinkGraph.class);
  }

  @Resource(lookup = "java:comp/UserTransaction")
  private UserTransaction userTransaction;

  @Inject private AssociateRepository associates;
  @Inject private MailboxRepository mailboxes;
  @Inject private InvitationRepository invitations;
  @Inject private RankRepository ranks;
  @Inject private SyncLinkRepository links;
  @Inject private ItemMappingRepository mappings;

  private Transactions transactions;

  @BeforeEach
  void setUp() {
    transactions = new Transactions(userTransaction);
  }

  @Test
  void secondLink_forTheSameAssociate_isRejected() throws Exception {
    LinkGraph graph = LinkGraph.create();
    transactions.inNew(() -> graph.addTo(ranks, associates, mailboxes, links));

    assertThatThrownBy(
            () ->
                transactions.inNew(
                    () -> {
                      var mailbox = TestData.mailbox();
                      mailboxes.add(mailbox);
                      var associate = associates.findById(graph.associate().getId()).orElseThrow();
                      var rank = ranks.findById(graph.rank().getId()).orElseThrow();
                      links.add(TestData.link(associate, mailbox, rank));
                      return null;
                    }))
        .isInstanceOf(DuplicateEntityException.class)
        .hasMessageContaining("A sync link for associate " + graph.associate().getCrmId())
        .hasMessageContaining("already exists");
  }

  @Test
  void secondMapping_forTheSameCrmItem_isRejected() throws Exception {
    LinkGraph graph = LinkGraph.create();
    transactions.inNew(
        () -> {
          graph.addTo(ranks, associates, mailboxes, links);
          mappings.add(mapping(graph.link().getId(), "AAMk-first"));
          return null;
        });

    assertThatThrownBy(
            () ->
                transactions.inNew(
                    () -> {
                      mappings.add(mapping(graph.link().getId(), "AAMk-second"));
                      return null;
                    }))
        .isInstanceOf(DuplicateEntityException.class)
        .hasMessageContaining("DIARY/default already maps CRM id 99");
  }

  @Test
  void invitationCodes_areUnique() throws Exception {
    String code = TestData.code();
    Associate first = TestData.associate();
    Associate second = TestData.associate();
    transactions.inNew(
        () -> {
          associates.add(first);
          associates.add(second);
          invitations.add(TestData.invitation(first, code));
          return null;
        });

    assertThatThrownBy(
            () ->
                transactions.inNew(
                    () -> {
                      invitations.add(
                          TestData.invitation(
                              associates.findById(second.getId()).orElseThrow(), code));
                      return null;
                    }))
        .isInstanceOf(DuplicateEntityException.class)
        .hasMessageContaining("An invitation with the code")
        .hasMessageNotContaining(code);
  }

  private static ItemMapping mapping(long linkId, String exchangeId) {
    return new ItemMapping(
        new SyncPair(linkId, ItemKind.DIARY, "default"),
        "99",
        new ItemMapping.Sides("v1", "v1:a", exchangeId, "CK", "v1:b", "{}"),
        TestData.NOW,
        ItemOrigin.CRM);
  }
}
