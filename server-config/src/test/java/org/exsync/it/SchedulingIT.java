package org.exsync.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.exsync.application.scheduling.BudgetOwner;
import org.exsync.application.scheduling.CrmBudget;
import org.exsync.application.scheduling.LinkActivity;
import org.exsync.application.scheduling.LinkClaimer;
import org.exsync.application.scheduling.LinkStatus;
import org.exsync.application.scheduling.LinkStatusQuery;
import org.exsync.application.scheduling.OwnerFigures;
import org.exsync.application.scheduling.QueuedRun;
import org.exsync.application.scheduling.RankAdministration;
import org.exsync.application.scheduling.RankDraft;
import org.exsync.application.scheduling.RankLoad;
import org.exsync.application.scheduling.RankTimers;
import org.exsync.application.scheduling.RankView;
import org.exsync.application.scheduling.RunControl;
import org.exsync.application.scheduling.RunDispatcher;
import org.exsync.application.scheduling.RunRecord;
import org.exsync.application.scheduling.SchedulingRefusal;
import org.exsync.application.token.GrantHealth;
import org.exsync.domain.associate.Associate;
import org.exsync.domain.associate.AssociateRepository;
import org.exsync.domain.grant.Grant;
import org.exsync.domain.grant.GrantKind;
import org.exsync.domain.grant.GrantRepository;
import org.exsync.domain.link.LinkState;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.link.SyncLinkRepository;
import org.exsync.domain.mailbox.Mailbox;
import org.exsync.domain.mailbox.MailboxKind;
import org.exsync.domain.mailbox.MailboxRepository;
import org.exsync.domain.rank.Rank;
import org.exsync.domain.rank.RankRepository;
import org.exsync.domain.rank.RankServiceAccount;
import org.exsync.domain.run.RunOutcome;
import org.exsync.domain.run.RunTrigger;
import org.exsync.domain.run.SyncRun;
import org.exsync.domain.run.SyncRunRepository;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rank scheduling inside the deployed EAR on a real database: persistent rank timers that follow
 * the admin's changes, claims two servers never share, the governor under a throttling storm, links
 * that resume by themselves after a new consent or a dead server's lease, run control and the
 * SuperOffice webhook. The sync of a link is {@link ScriptedLinkRun}.
 */
@ExtendWith(ArquillianExtension.class)
class SchedulingIT {

  private static final String WEBHOOK_SECRET = "exsync-it-webhook-secret";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.exsyncWithBeans(
        new Class<?>[] {ScriptedLinkRun.class},
        SchedulingIT.class,
        TestData.class,
        Transactions.class);
  }

  @Resource(lookup = "java:comp/UserTransaction")
  private UserTransaction userTransaction;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  private ManagedExecutorService executor;

  @Resource(lookup = "jdbc/exsync")
  private DataSource database;

  @Inject private ScriptedLinkRun sync;
  @Inject private RankAdministration rankAdmin;
  @Inject private RankTimers timers;
  @Inject private RunControl control;
  @Inject private RunDispatcher dispatcher;
  @Inject private LinkStatusQuery status;
  @Inject private LinkClaimer claimer;
  @Inject private CrmBudget crm;
  @Inject private GrantHealth grantHealth;
  @Inject private AssociateRepository associates;
  @Inject private MailboxRepository mailboxes;
  @Inject private GrantRepository grants;
  @Inject private RankRepository ranks;
  @Inject private SyncLinkRepository links;
  @Inject private SyncRunRepository runs;

  private Transactions transactions;

  @BeforeEach
  void setUp() {
    transactions = new Transactions(userTransaction);
    sync.throttle(0, Duration.ZERO);
    sync.takeAbout(Duration.ofMillis(20));
  }

  @Test
  void eachRankTicksOnItsPersistentTimer_keptInTheExsyncDatabase_andAnEditRemakesItAtOnce()
      throws Exception {
    RankView rank = transactions.inNew(() -> rankAdmin.create(draft("Fast", 1, 50)));

    waitUntil(Duration.ofSeconds(30), () -> ticks(rank.id()) >= 3);
    RankTimers.RankTimer timer = timerOf(rank.id());
    assertThat(timer.intervalSeconds()).isEqualTo(1);
    assertThat(timer.persistent()).isTrue();
    assertThat(timersStoredInExsyncDatabase()).isGreaterThanOrEqualTo(1);

    transactions.inNew(() -> rankAdmin.edit(rank.id(), draft("Slow", 3600, 50)));
    RankTimers.RankTimer remade = timerOf(rank.id());
    assertThat(remade.intervalSeconds()).isEqualTo(3600);
    assertThat(remade.nextTick()).isAfter(Instant.now().plusSeconds(3500));
    Thread.sleep(1500);
    long settled = ticks(rank.id());
    Thread.sleep(3000);
    assertThat(ticks(rank.id())).isEqualTo(settled);

    transactions.inNew(
        () -> {
          rankAdmin.delete(rank.id());
          return null;
        });
    assertThat(timers.list()).noneMatch(t -> t.rankId() == rank.id());
  }

  @Test
  void aRankWithLinks_andTheDefaultRank_refuseToBeDeleted_sayingWhy() throws Exception {
    Rank rank = transactions.inNew(() -> addRank(3600));
    transactions.inNew(() -> addLink(rank, null));
    RankView byDefault = transactions.inNew(() -> rankAdmin.defaultRank());

    assertThat(refusal(() -> rankAdmin.delete(rank.getId())))
        .contains("still has 1 link(s)")
        .contains("move them");
    assertThat(refusal(() -> rankAdmin.delete(byDefault.id()))).contains("default rank");

    RankView target = transactions.inNew(() -> rankAdmin.create(draft("Target", 3600, 10)));
    assertThat(transactions.inNew(() -> rankAdmin.moveAllLinks(rank.getId(), target.id())))
        .isEqualTo(1);
    transactions.inNew(
        () -> {
          rankAdmin.delete(rank.getId());
          return null;
        });
    assertThat(transactions.inNew(() -> ranks.findById(rank.getId()))).isEmpty();
    List<RankLoad> load = transactions.inNew(() -> rankAdmin.load());
    assertThat(load)
        .filteredOn(l -> l.rankId() == target.id())
        .singleElement()
        .satisfies(l -> assertThat(l.links()).isEqualTo(1));
  }

  @Test
  void twoClaimersAtOnce_neverTakeTheSameLink() throws Exception {
    Rank rank = transactions.inNew(() -> addRank(3600));
    for (int i = 0; i < 40; i++) {
      transactions.inNew(() -> addLink(rank, null));
    }

    Future<List<QueuedRun>> first = executor.submit(claim(rank, "server-a"));
    Future<List<QueuedRun>> second = executor.submit(claim(rank, "server-b"));
    Set<Long> byFirst = ids(first.get());
    Set<Long> bySecond = ids(second.get());

    assertThat(byFirst).doesNotContainAnyElementsOf(bySecond);
    assertThat(byFirst.size() + bySecond.size()).isEqualTo(40);
    assertThat(byFirst.size()).isLessThanOrEqualTo(25);
    assertThat(bySecond.size()).isLessThanOrEqualTo(25);
    for (SyncLink link : transactions.inNew(() -> linksOf(rank))) {
      String holder = byFirst.contains(link.getId()) ? "server-a" : "server-b";
      assertThat(link.getState()).isEqualTo(LinkState.RUNNING);
      assertThat(link.getSchedule().getLeaseOwner()).hasValue(holder);
    }
    assertThat(ids(executor.submit(claim(rank, "server-c")).get())).isEmpty();
  }

  @Test
  void underAThrottlingStorm_theGovernorConverges_andEveryLinkIsSynced_noneFailed()
      throws Exception {
    RankServiceAccount account =
        new RankServiceAccount(
            "svc-storm-" + TestData.unique() + "@example.com", "exsync-exchange-service-password");
    Rank rank =
        transactions.inNew(
            () -> {
              Rank shared = addRank(3600);
              shared.useServiceAccount(account);
              return shared;
            });
    List<Long> storm = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      storm.add(transactions.inNew(() -> addLink(rank, "storm-tenant").getId()));
    }
    sync.throttle(30, Duration.ofMillis(300));
    sync.takeAbout(Duration.ofMillis(100));
    sync.forgetMostOpen();
    int throttledBefore = sync.throttled();

    try {
      transactions.inNew(() -> rankAdmin.edit(rank.getId(), draft(rank.getName(), 1, account)));
      waitUntil(
          Duration.ofSeconds(240), () -> storm.stream().allMatch(id -> sync.completed(id) > 0));
      transactions.inNew(() -> rankAdmin.edit(rank.getId(), draft(rank.getName(), 3600, account)));

      assertThat(sync.throttled() - throttledBefore).isGreaterThan(5);
      assertThat(sync.sawOverlap()).isFalse();
      assertThat(sync.mostOpenAtOnce()).isLessThanOrEqualTo(10);
      List<RunRecord> history = new ArrayList<>();
      for (long id : storm) {
        history.addAll(transactions.inNew(() -> status.runs(id, 100)));
      }
      assertThat(history).noneMatch(r -> r.outcome() == RunOutcome.FAILED);
      assertThat(history).anyMatch(r -> r.outcome() == RunOutcome.THROTTLED);
      assertThat(transactions.inNew(() -> linksOf(rank)))
          .noneMatch(l -> l.getState() == LinkState.FAILED);
      OwnerFigures owner =
          transactions.inNew(() -> rankAdmin.budgets()).stream()
              .filter(f -> f.owner().equals(BudgetOwner.exchangeServiceAccount(account.getUpn())))
              .findFirst()
              .orElseThrow();
      assertThat(owner.throttled()).isGreaterThan(5);
      assertThat(owner.completed()).isGreaterThanOrEqualTo(30);
      assertThat(owner.window()).isBetween(1.0, 10.0);
    } finally {
      forgetRuns(storm);
    }
  }

  @Test
  void aLinkHeldForReauthentication_resumesAtItsNextTickByItself_afterANewConsent()
      throws Exception {
    Rank rank = transactions.inNew(() -> addRank(3600));
    SyncLink link = transactions.inNew(() -> addLink(rank, null));
    Grant grant = transactions.inNew(() -> addGrant(link.getMailbox()));
    sync.refuseGrantOf(link.getId());

    transactions.inNew(() -> rankAdmin.edit(rank.getId(), draft(rank.getName(), 1, 100)));
    waitUntil(Duration.ofSeconds(30), () -> stateOf(link) == LinkState.NEEDS_REAUTHENTICATION);
    assertThat(statusOf(link).activity()).isEqualTo(LinkActivity.NEEDS_REAUTHENTICATION);
    assertThat(statusOf(link).message())
        .hasValueSatisfying(m -> assertThat(m).contains("AADSTS50173"));
    sync.acceptGrantOf(link.getId());
    int callsWhileHeld = sync.calls(link.getId());
    Thread.sleep(2500);
    assertThat(sync.calls(link.getId())).isEqualTo(callsWhileHeld);

    transactions.inNew(
        () -> {
          Grant stored = grants.findById(grant.getId()).orElseThrow();
          stored.renew(
              "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
              "key-1",
              TestData.scopes(),
              Instant.now().plus(Duration.ofDays(90)),
              Instant.now());
          grantHealth.restored(stored);
          return null;
        });

    waitUntil(Duration.ofSeconds(30), () -> sync.completed(link.getId()) > 0);
    waitUntil(Duration.ofSeconds(10), () -> statusOf(link).activity() == LinkActivity.IDLE);
    transactions.inNew(() -> rankAdmin.edit(rank.getId(), draft(rank.getName(), 3600, 100)));
    assertThat(statusOf(link).lastOutcome()).hasValue(RunOutcome.SUCCEEDED);
  }

  @Test
  void aRunLeftByADeadServer_isClosedAsFailed_andTheLinkRunsCleanlyWhenItsLeaseRunsOut()
      throws Exception {
    Rank rank = transactions.inNew(() -> addRank(3600));
    SyncLink link = transactions.inNew(() -> addLink(rank, null));
    Instant crash = Instant.now();
    long abandoned =
        transactions.inNew(
            () -> {
              SyncLink stored = links.findById(link.getId()).orElseThrow();
              stored.claim("dead-server", crash, Duration.ofSeconds(1));
              SyncRun run = new SyncRun(stored, RunTrigger.SCHEDULED, crash);
              runs.add(run);
              return run.getId();
            });

    transactions.inNew(() -> rankAdmin.edit(rank.getId(), draft(rank.getName(), 1, 100)));
    waitUntil(Duration.ofSeconds(30), () -> sync.completed(link.getId()) > 0);
    waitUntil(Duration.ofSeconds(10), () -> stateOf(link) == LinkState.IDLE);
    transactions.inNew(() -> rankAdmin.edit(rank.getId(), draft(rank.getName(), 3600, 100)));

    SyncRun left = transactions.inNew(() -> runs.findById(abandoned).orElseThrow());
    assertThat(left.getOutcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(left.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("dead-server"));
    List<RunRecord> history = transactions.inNew(() -> status.runs(link.getId(), 10));
    assertThat(history.get(history.size() - 1).runId()).isEqualTo(abandoned);
    assertThat(history)
        .filteredOn(r -> r.runId() != abandoned)
        .isNotEmpty()
        .allMatch(r -> r.outcome() == RunOutcome.SUCCEEDED);
    assertThat(sync.sawOverlap()).isFalse();
  }

  @Test
  void aRunLongerThanItsLease_keepsItThroughTheHeartbeat_andNoOtherServerTakesItMeanwhile()
      throws Exception {
    Rank rank = transactions.inNew(() -> addRank(3600));
    SyncLink link = transactions.inNew(() -> addLink(rank, null));
    sync.takeAbout(Duration.ofSeconds(4));

    transactions.inNew(() -> rankAdmin.edit(rank.getId(), draft(rank.getName(), 1, 100)));
    waitUntil(Duration.ofSeconds(30), () -> dispatcher.running().contains(link.getId()));
    transactions.inNew(() -> rankAdmin.edit(rank.getId(), draft(rank.getName(), 3600, 100)));
    Instant leasedUntil = leaseUntil(link);
    Thread.sleep(1_100);

    assertThat(dispatcher.renewLeases()).isGreaterThanOrEqualTo(1);
    assertThat(leaseUntil(link)).isAfter(leasedUntil);
    assertThat(ids(executor.submit(claim(rank, "server-b")).get())).isEmpty();
    waitUntil(Duration.ofSeconds(30), () -> sync.completed(link.getId()) > 0);
    waitUntil(Duration.ofSeconds(10), () -> stateOf(link) == LinkState.IDLE);
    assertThat(dispatcher.running()).doesNotContain(link.getId());
    assertThat(sync.sawOverlap()).isFalse();
  }

  @Test
  void runsAnEarlierStartOfThisServerLeft_areTakenUpAtOnce_whileAnotherServersRunsAreLeftAlone()
      throws Exception {
    Rank rank = transactions.inNew(() -> addRank(3600));
    SyncLink left = transactions.inNew(() -> addLink(rank, null));
    SyncLink elsewhere = transactions.inNew(() -> addLink(rank, null));
    String lineage = dispatcher.instance().substring(0, dispatcher.instance().lastIndexOf('/') + 1);
    Instant before = Instant.now();
    long abandoned =
        transactions.inNew(
            () -> {
              SyncLink stored = links.findById(left.getId()).orElseThrow();
              stored.claim(lineage + "0ld5tart", before, Duration.ofHours(1));
              links
                  .findById(elsewhere.getId())
                  .orElseThrow()
                  .claim("other-host/server@1/a1ive", before, Duration.ofHours(1));
              SyncRun run = new SyncRun(stored, RunTrigger.SCHEDULED, before);
              runs.add(run);
              return run.getId();
            });

    assertThat(dispatcher.takeBackEarlierRuns()).isGreaterThanOrEqualTo(1);
    assertThat(leaseUntil(left)).isBeforeOrEqualTo(Instant.now());
    assertThat(leaseUntil(elsewhere)).isAfter(Instant.now().plus(Duration.ofMinutes(50)));

    // The rank ticks hourly: only the take-back's own tick can run the link within the wait.
    waitUntil(Duration.ofSeconds(30), () -> sync.completed(left.getId()) > 0);
    assertThat(sync.calls(elsewhere.getId())).isZero();
    SyncRun closed = transactions.inNew(() -> runs.findById(abandoned).orElseThrow());
    assertThat(closed.getOutcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(closed.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("0ld5tart"));
    transactions.inNew(
        () -> {
          links.findById(elsewhere.getId()).orElseThrow().disable();
          return null;
        });
  }

  @Test
  void syncNow_runsAtOnceAsAManualRun_pauseStopsIt_andResumeRunsItAgain() throws Exception {
    RankView rank = transactions.inNew(() -> rankAdmin.create(draft("Hourly", 3600, 20)));
    Rank stored = transactions.inNew(() -> ranks.findById(rank.id()).orElseThrow());
    SyncLink link = transactions.inNew(() -> addLink(stored, null));

    assertThat(transactions.inNew(() -> control.syncNow(List.of(link.getId())))).isEqualTo(1);
    waitUntil(Duration.ofSeconds(20), () -> sync.completed(link.getId()) == 1);
    waitUntil(Duration.ofSeconds(10), () -> statusOf(link).activity() == LinkActivity.IDLE);
    assertThat(transactions.inNew(() -> status.runs(link.getId(), 5)))
        .singleElement()
        .satisfies(
            run -> {
              assertThat(run.trigger()).isEqualTo(RunTrigger.MANUAL);
              assertThat(run.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
              assertThat(run.counts().totalChanges()).isEqualTo(2);
            });
    LinkStatus idle = statusOf(link);
    assertThat(idle.lastSyncAt()).isPresent();
    assertThat(idle.nextSyncAt())
        .hasValueSatisfying(n -> assertThat(n).isAfter(Instant.now().plusSeconds(3000)));

    transactions.inNew(
        () -> {
          control.pause(link.getId());
          return null;
        });
    assertThat(statusOf(link).activity()).isEqualTo(LinkActivity.PAUSED);
    assertThat(transactions.inNew(() -> control.syncNow(List.of(link.getId())))).isZero();
    Thread.sleep(1500);
    assertThat(sync.calls(link.getId())).isEqualTo(1);

    transactions.inNew(
        () -> {
          control.resume(link.getId());
          return null;
        });
    waitUntil(Duration.ofSeconds(20), () -> sync.completed(link.getId()) == 2);
    assertThat(refusal(() -> control.resume(link.getId())))
        .contains("only a paused or failed link");
    waitUntil(Duration.ofSeconds(10), () -> statusOf(link).activity() == LinkActivity.IDLE);
    long byDefault = transactions.inNew(() -> rankAdmin.defaultRank()).id();
    transactions.inNew(() -> rankAdmin.moveAllLinks(rank.id(), byDefault));
  }

  @Test
  void aSignedWebhook_marksTheAssociatesLinkPending_badSignaturesAndStrangersAreTurnedAway()
      throws Exception {
    Rank rank = transactions.inNew(() -> addRank(3600));
    SyncLink link = transactions.inNew(() -> addLink(rank, null));
    transactions.inNew(
        () -> {
          SyncLink stored = links.findById(link.getId()).orElseThrow();
          stored.claim("server-a", Instant.now(), Duration.ofMinutes(1));
          stored.completeRun("server-a", Instant.now());
          return null;
        });
    assertThat(statusOf(link).nextSyncAt())
        .hasValueSatisfying(n -> assertThat(n).isAfter(Instant.now().plusSeconds(3000)));
    String tenant = crm.tenant();

    String event = event(link.getAssociate().getCrmId(), tenant);
    HttpResponse<String> accepted = postWebhook(event, sign(event));
    HttpResponse<String> forged = postWebhook(event, sign(event + " "));
    HttpResponse<String> unsigned = postWebhook(event, null);
    String stranger = event(TestData.crmId(), tenant);
    HttpResponse<String> ignored = postWebhook(stranger, sign(stranger));

    assertThat(accepted.statusCode()).isEqualTo(200);
    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(forged.body()).isEmpty();
    assertThat(unsigned.statusCode()).isEqualTo(401);
    assertThat(ignored.statusCode()).isEqualTo(204);
    LinkStatus pending = statusOf(link);
    assertThat(pending.changesPending()).isTrue();
    assertThat(pending.nextSyncAt())
        .hasValueSatisfying(n -> assertThat(n).isBefore(Instant.now().plusSeconds(1)));
  }

  // Helpers

  private static RankDraft draft(String name, int seconds, int share) {
    return RankDraft.withoutServiceAccount(name + " " + TestData.unique(), seconds, share);
  }

  /** The whole of a server's runs, through the rank's service account, which the edit keeps. */
  private static RankDraft draft(String name, int seconds, RankServiceAccount account) {
    return new RankDraft(
        name + " " + TestData.unique(), seconds, 100, account.getUpn(), account.getPasswordAlias());
  }

  /**
   * Removes the links' runs from the history. The storm's throttled runs would otherwise rank above
   * the links of later tests among the most throttled of the day, in the domain the test classes
   * share.
   */
  private void forgetRuns(List<Long> linkIds) throws Exception {
    try (Connection connection = database.getConnection();
        PreparedStatement delete =
            connection.prepareStatement("delete from sync_run where link_id = ?")) {
      for (long id : linkIds) {
        delete.setLong(1, id);
        delete.addBatch();
      }
      delete.executeBatch();
    }
  }

  private Rank addRank(int seconds) {
    Rank rank = TestData.rank();
    rank.changeInterval(Duration.ofSeconds(seconds));
    rank.changeCapacityShare(100);
    ranks.add(rank);
    return rank;
  }

  private SyncLink addLink(Rank rank, String tenant) {
    Associate associate = TestData.associate();
    associates.add(associate);
    Mailbox mailbox =
        tenant == null
            ? TestData.mailbox()
            : new Mailbox(
                TestData.unique() + "@storm.example.com",
                URI.create("https://outlook.office365.com/EWS/Exchange.asmx"),
                MailboxKind.EWS_ONLINE,
                tenant);
    mailboxes.add(mailbox);
    SyncLink link = TestData.link(associate, mailbox, ranks.findById(rank.getId()).orElseThrow());
    links.add(link);
    return link;
  }

  private Grant addGrant(Mailbox mailbox) {
    Grant grant =
        new Grant(
            mailboxes.findBySmtpAddress(mailbox.getSmtpAddress()).orElseThrow(),
            GrantKind.DELEGATED,
            "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
            "key-1",
            TestData.scopes(),
            Instant.now().plus(Duration.ofDays(90)),
            Instant.now());
    grants.add(grant);
    return grant;
  }

  private List<SyncLink> linksOf(Rank rank) {
    return links.listAll().stream().filter(l -> l.getRank().getId().equals(rank.getId())).toList();
  }

  private Callable<List<QueuedRun>> claim(Rank rank, String server) {
    return () -> claimer.claim(rank, 25, server);
  }

  private static Set<Long> ids(List<QueuedRun> claimed) {
    Set<Long> ids = new HashSet<>();
    claimed.forEach(run -> ids.add(run.linkId()));
    assertThat(ids).hasSameSizeAs(claimed);
    return ids;
  }

  private long ticks(long rankId) {
    try {
      return transactions.inNew(() -> rankAdmin.load()).stream()
          .filter(l -> l.rankId() == rankId)
          .mapToLong(RankLoad::ticks)
          .findFirst()
          .orElse(0);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private RankTimers.RankTimer timerOf(long rankId) {
    List<RankTimers.RankTimer> found =
        timers.list().stream().filter(t -> t.rankId() == rankId).toList();
    assertThat(found).as("the timers of rank %d", rankId).hasSize(1);
    return found.get(0);
  }

  private int timersStoredInExsyncDatabase() throws Exception {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet count = statement.executeQuery("select count(*) from \"EJB__TIMER__TBL\"")) {
      count.next();
      return count.getInt(1);
    }
  }

  private Instant leaseUntil(SyncLink link) throws Exception {
    return transactions.inNew(
        () ->
            links.findById(link.getId()).orElseThrow().getSchedule().getLeaseUntil().orElseThrow());
  }

  private LinkState stateOf(SyncLink link) {
    try {
      return transactions.inNew(() -> links.findById(link.getId()).orElseThrow().getState());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private LinkStatus statusOf(SyncLink link) {
    try {
      return transactions.inNew(() -> status.status(link.getId()).orElseThrow());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private String refusal(Runnable change) {
    try {
      transactions.inNew(
          () -> {
            change.run();
            return null;
          });
    } catch (SchedulingRefusal e) {
      return e.getMessage();
    } catch (Exception e) {
      throw new AssertionError("Expected a refusal, got " + e, e);
    }
    throw new AssertionError("The change was not refused");
  }

  private static void waitUntil(Duration limit, BooleanSupplier condition)
      throws InterruptedException {
    Instant end = Instant.now().plus(limit);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(end)) {
        throw new AssertionError("Not so within " + limit);
      }
      Thread.sleep(200);
    }
  }

  private static String event(int associateCrmId, String tenant) {
    return "{\"EventId\":\""
        + TestData.unique()
        + "\",\"Event\":\"activity.changed\",\"Entity\":\"appointment\",\"PrimaryKey\":4711,"
        + "\"ContextIdentifier\":\""
        + tenant
        + "\",\"ChangedByAssociateId\":"
        + associateCrmId
        + ",\"Changes\":[\"title\"],\"Timestamp\":\""
        + Instant.now()
        + "\"}";
  }

  private static String sign(String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }

  private static HttpResponse<String> postWebhook(String body, String signature) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(TargetDomain.internal("/admin/hooks/superoffice"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (signature != null) {
      request.header("X-SuperOffice-Signature", signature);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
