package org.exsync.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.exsync.application.link.ConcurrentEditException;
import org.exsync.application.link.LinkAdminService;
import org.exsync.application.scheduling.LinkMove;
import org.exsync.application.scheduling.LinkStatusQuery;
import org.exsync.application.scheduling.RankAdministration;
import org.exsync.application.scheduling.RankDraft;
import org.exsync.application.scheduling.RankMember;
import org.exsync.application.scheduling.RankView;
import org.exsync.application.scheduling.RunRecord;
import org.exsync.application.scheduling.SchedulingRefusal;
import org.exsync.application.settings.ConnectionSettingsService;
import org.exsync.application.settings.ExchangeConnectionSettings;
import org.exsync.domain.associate.Associate;
import org.exsync.domain.associate.AssociateRepository;
import org.exsync.domain.associate.AssociateType;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.link.SyncLinkRepository;
import org.exsync.domain.link.SyncedItems;
import org.exsync.domain.mailbox.Mailbox;
import org.exsync.domain.mailbox.MailboxKind;
import org.exsync.domain.mailbox.MailboxRepository;
import org.exsync.domain.mapping.ItemMappingRepository;
import org.exsync.domain.mapping.SyncPair;
import org.exsync.domain.rank.RankRepository;
import org.exsync.domain.run.RunOutcome;
import org.exsync.domain.shared.ItemKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Moving linked users between ranks, and a rank's own service account: users moved into a rank run
 * on its next tick, and a rank with the sandbox's service account reaches the mailbox of a user who
 * never consented, while the Exchange connection stays in delegated mode.
 */
@ExtendWith(ArquillianExtension.class)
class RankMovesIT {

  private static final Duration PATIENCE = Duration.ofMinutes(3);

  @Deployment(name = "sandbox", order = 1, testable = false)
  static WebArchive sandbox() {
    File war = new File(System.getProperty("exsync.it.sandbox", "target/sandbox.war"));
    return ShrinkWrap.create(ZipImporter.class, "sandbox.war").importFrom(war).as(WebArchive.class);
  }

  @Deployment(name = "exsync", order = 2)
  static EnterpriseArchive exsync() {
    return Deployments.exsyncWith(
        SandboxDemo.rankValues(), RankMovesIT.class, Transactions.class, TestData.class);
  }

  @Resource(lookup = "java:comp/UserTransaction")
  private UserTransaction userTransaction;

  @Inject private ConnectionSettingsService connections;
  @Inject private LinkAdminService linkAdmin;
  @Inject private AssociateRepository associates;
  @Inject private MailboxRepository mailboxes;
  @Inject private RankRepository ranks;
  @Inject private SyncLinkRepository links;
  @Inject private ItemMappingRepository mappings;
  @Inject private RankAdministration rankAdministration;
  @Inject private LinkStatusQuery status;

  private final List<Long> created = new ArrayList<>();
  private final Set<Long> linked = new LinkedHashSet<>();

  @AfterEach
  void deleteTheLinksAndRanks() {
    // Other tests expect these demo users unlinked (InvitationServicesIT purges an unlinked grant).
    for (long linkId : linked) {
      linkAdmin.unlink(linkId, SyncedItems.KEEP, "rank-moves-test");
    }
    linked.clear();
    long byDefault = rankAdministration.defaultRank().id();
    for (long rankId : created) {
      rankAdministration.moveAllLinks(rankId, byDefault);
      rankAdministration.delete(rankId);
    }
  }

  @Test
  @OperateOnDeployment("exsync")
  void usersMovedIntoARankWithAServiceAccount_runOnItsNextTick_andReachTheirMailboxThroughIt()
      throws Exception {
    assertThat(connections.exchange().authMode())
        .as("the connection leaves each user to their own consent")
        .isEqualTo(ExchangeConnectionSettings.AuthMode.DELEGATED);
    RankView slow = rank(RankDraft.withoutServiceAccount("Slow " + TestData.unique(), 3600, 10));
    RankView impersonating =
        rank(
            new RankDraft(
                "Impersonating " + TestData.unique(),
                2,
                50,
                " " + value("it.rank.service-account").toUpperCase() + " ",
                ExchangeConnectionSettings.SERVICE_PASSWORD_ALIAS));
    long first = linkInRank(20, slow.id());
    long second = linkInRank(21, slow.id());
    Instant movedAt = Instant.now();

    int moved =
        rankAdministration.moveLinks(
            List.of(new LinkMove(first, slow.id()), new LinkMove(second, slow.id())),
            impersonating.id());

    assertThat(moved).isEqualTo(2);
    assertThat(impersonating.serviceAccount())
        .contains(value("it.rank.service-account").toLowerCase());
    assertThat(rankAdministration.members(impersonating.id()))
        .extracting(RankMember::linkId, RankMember::rankId)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(first, impersonating.id()),
            org.assertj.core.groups.Tuple.tuple(second, impersonating.id()));
    assertThat(rankAdministration.members(slow.id())).isEmpty();
    assertThat(linkCount(impersonating.id())).isEqualTo(2);
    assertThat(linkCount(slow.id())).isZero();

    RunRecord run = awaitRunAfter(first, movedAt);
    assertThat(run.outcome())
        .as("run of demo user 20 through the rank's service account: %s", run)
        .isIn(RunOutcome.SUCCEEDED, RunOutcome.PARTIAL);
    assertThat(mapped(first)).as("items of demo user 20 synced").isPositive();
  }

  @Test
  @OperateOnDeployment("exsync")
  void aMoveOfAUserAnotherAdminMovedSince_isRefused_andMovesNobody() throws Exception {
    RankView gold = rank(RankDraft.withoutServiceAccount("Gold " + TestData.unique(), 3600, 10));
    RankView silver =
        rank(RankDraft.withoutServiceAccount("Silver " + TestData.unique(), 3600, 10));
    RankView bronze =
        rank(RankDraft.withoutServiceAccount("Bronze " + TestData.unique(), 3600, 10));
    long first = linkInRank(20, gold.id());
    long second = linkInRank(21, gold.id());
    rankAdministration.moveLinks(List.of(new LinkMove(second, gold.id())), silver.id());

    assertThatThrownBy(
            () ->
                rankAdministration.moveLinks(
                    List.of(new LinkMove(first, gold.id()), new LinkMove(second, gold.id())),
                    bronze.id()))
        .isInstanceOf(ConcurrentEditException.class)
        .hasMessageContaining("Another admin moved " + value("it.rank.21.name"))
        .hasMessageContaining("to rank " + silver.name())
        .hasMessageContaining("nobody was moved");
    assertThat(rankAdministration.members(gold.id()))
        .extracting(RankMember::linkId)
        .containsExactly(first);
    assertThat(rankAdministration.members(silver.id()))
        .extracting(RankMember::linkId)
        .containsExactly(second);
    assertThat(rankAdministration.members(bronze.id())).isEmpty();
  }

  @Test
  @OperateOnDeployment("exsync")
  void aServiceAccountThatIsNoUpn_isRefusedWithWhatToEnter() {
    RankDraft draft =
        new RankDraft(
            "Refused " + TestData.unique(),
            60,
            10,
            "svc-exsync",
            ExchangeConnectionSettings.SERVICE_PASSWORD_ALIAS);

    assertThatThrownBy(() -> rank(draft))
        .isInstanceOf(SchedulingRefusal.class)
        .hasMessage(
            "The service account must be an e-mail address like name@example.com, got"
                + " 'svc-exsync'");
    assertThat(rankAdministration.list()).extracting(RankView::name).doesNotContain(draft.name());
  }

  private RankView rank(RankDraft draft) {
    RankView rank = rankAdministration.create(draft);
    created.add(rank.id());
    return rank;
  }

  private long linkCount(long rankId) {
    return rankAdministration.list().stream()
        .filter(r -> r.id() == rankId)
        .findFirst()
        .orElseThrow()
        .links();
  }

  /** Links the demo user (or finds the link a former run made) and puts it in the rank. */
  private long linkInRank(int demoUser, long rankId) throws Exception {
    String prefix = "it.rank." + demoUser + ".";
    int crmId = Integer.parseInt(value(prefix + "associate"));
    String email = value(prefix + "email");
    return new Transactions(userTransaction)
        .inNew(
            () -> {
              Associate associate =
                  associates
                      .findByCrmId(crmId)
                      .orElseGet(
                          () -> {
                            Associate fresh =
                                new Associate(
                                    crmId,
                                    value(prefix + "name"),
                                    value(prefix + "user"),
                                    email,
                                    AssociateType.EMPLOYEE);
                            associates.add(fresh);
                            return fresh;
                          });
              Mailbox mailbox =
                  mailboxes
                      .findBySmtpAddress(email)
                      .orElseGet(
                          () -> {
                            Mailbox fresh =
                                new Mailbox(
                                    email,
                                    URI.create(connections.exchange().ewsUrl()),
                                    MailboxKind.EWS_ON_PREMISES,
                                    null);
                            mailboxes.add(fresh);
                            return fresh;
                          });
              SyncLink link =
                  links
                      .findByAssociate(associate)
                      .orElseGet(
                          () -> {
                            SyncLink fresh =
                                new SyncLink(
                                    associate,
                                    mailbox,
                                    EnumSet.of(ItemKind.DIARY, ItemKind.TASK),
                                    ranks.findById(rankId).orElseThrow(),
                                    Instant.now());
                            links.add(fresh);
                            return fresh;
                          });
              link.assignRank(ranks.findById(rankId).orElseThrow());
              linked.add(link.getId());
              return link.getId();
            });
  }

  private RunRecord awaitRunAfter(long linkId, Instant after) throws InterruptedException {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      Optional<RunRecord> finished =
          status.runs(linkId, 5).stream()
              .filter(run -> run.startedAt().isAfter(after) && run.finishedAt().isPresent())
              .findFirst();
      if (finished.isPresent()) {
        return finished.get();
      }
      Thread.sleep(500);
    }
    throw new AssertionError(
        "No run of link " + linkId + " finished within " + PATIENCE + ": " + status.status(linkId));
  }

  private long mapped(long linkId) throws Exception {
    return new Transactions(userTransaction)
        .inNew(
            () ->
                (long)
                    (mappings.listByPair(new SyncPair(linkId, ItemKind.DIARY, "default")).size()
                        + mappings
                            .listByPair(new SyncPair(linkId, ItemKind.TASK, "default"))
                            .size()));
  }

  private static String value(String name) {
    return TargetDomain.value(name, "");
  }
}
