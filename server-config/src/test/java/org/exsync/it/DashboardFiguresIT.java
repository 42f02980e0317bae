package org.exsync.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.exsync.domain.associate.AssociateRepository;
import org.exsync.domain.link.SyncLinkRepository;
import org.exsync.domain.mailbox.MailboxRepository;
import org.exsync.domain.rank.RankRepository;
import org.exsync.domain.run.ChangeAction;
import org.exsync.domain.run.LinkRunTimes;
import org.exsync.domain.run.LinkThrottling;
import org.exsync.domain.run.RunCounts;
import org.exsync.domain.run.RunHour;
import org.exsync.domain.run.RunOutcome;
import org.exsync.domain.run.RunTrigger;
import org.exsync.domain.run.Side;
import org.exsync.domain.run.SyncRun;
import org.exsync.domain.run.SyncRunRepository;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard's figures as the database adds them up: items and throttled runs per hour, the
 * slowest and the most throttled links, and one link's runs page by page. Each test's runs lie in
 * hours of their own, long past, so runs of other tests on the same database neither show in its
 * hours nor push its links out of the order it checks.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardFiguresIT {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Duration HOUR = Duration.ofHours(1);
  private static final Duration DAY = Duration.ofDays(1);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.exsyncWith(
        DashboardFiguresIT.class, TestData.class, Transactions.class, LinkGraph.class);
  }

  @Resource(lookup = "java:comp/UserTransaction")
  private UserTransaction userTransaction;

  @Inject private AssociateRepository associates;
  @Inject private MailboxRepository mailboxes;
  @Inject private RankRepository ranks;
  @Inject private SyncLinkRepository links;
  @Inject private SyncRunRepository runs;

  private Transactions transactions;
  private Instant base;

  @BeforeEach
  void setUp() {
    transactions = new Transactions(userTransaction);
    base = Instant.parse("1990-01-01T00:00:00Z").plus(HOUR.multipliedBy(RANDOM.nextInt(200_000)));
  }

  @Test
  void runsOfAnHour_addUpTheirItemsAndThrottledRuns_andEmptyHoursAreLeftOut() throws Exception {
    LinkGraph one = stored();
    LinkGraph two = stored();
    Instant first = base.plus(Duration.ofMinutes(5));
    Instant third = base.plus(HOUR.multipliedBy(2)).plus(Duration.ofMinutes(59));
    transactions.inNew(
        () -> {
          runs.add(succeeded(one, first, Duration.ofSeconds(4), 3));
          runs.add(succeeded(two, first.plus(Duration.ofMinutes(30)), Duration.ofSeconds(2), 5));
          runs.add(throttled(one, first.plus(Duration.ofMinutes(40)), Duration.ofSeconds(30), 1));
          runs.add(throttled(two, third, Duration.ofSeconds(10), 0));
          return null;
        });

    List<RunHour> hours =
        transactions.inNew(() -> runs.figuresByHour(base)).stream()
            .filter(h -> h.hour().isBefore(base.plus(HOUR.multipliedBy(3))))
            .toList();

    assertThat(hours)
        .containsExactly(
            new RunHour(base, 3, 9, 1), new RunHour(base.plus(HOUR.multipliedBy(2)), 1, 0, 1));
  }

  @Test
  void slowestLinks_comeByTheirLongestRun_withTheAverageOfTheirFinishedRuns() throws Exception {
    LinkGraph quick = stored();
    LinkGraph slow = stored();
    SyncRun going = new SyncRun(slow.link(), RunTrigger.MANUAL, base.plus(HOUR.multipliedBy(2)));
    transactions.inNew(
        () -> {
          runs.add(succeeded(quick, base, Duration.ofSeconds(2), 1));
          runs.add(succeeded(quick, base.plus(HOUR), Duration.ofSeconds(4), 1));
          runs.add(succeeded(slow, base, Duration.ofSeconds(90), 40));
          runs.add(succeeded(slow, base.plus(HOUR), Duration.ofSeconds(30), 2));
          runs.add(going);
          return null;
        });

    List<LinkRunTimes> slowest =
        transactions.inNew(() -> runs.slowestLinks(base, 10_000)).stream()
            .filter(t -> ours(t.linkId(), quick, slow))
            .toList();

    assertThat(slowest)
        .containsExactly(
            new LinkRunTimes(
                slow.link().getId(),
                slow.associate().getName(),
                slow.mailbox().getSmtpAddress(),
                2,
                Duration.ofSeconds(60),
                Duration.ofSeconds(90)),
            new LinkRunTimes(
                quick.link().getId(),
                quick.associate().getName(),
                quick.mailbox().getSmtpAddress(),
                2,
                Duration.ofSeconds(3),
                Duration.ofSeconds(4)));
    assertThat(transactions.inNew(() -> runs.slowestLinks(base.plus(HOUR), 10_000)))
        .filteredOn(t -> ours(t.linkId(), quick, slow))
        .extracting(LinkRunTimes::longest)
        .containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(4));
    transactions.inNew(
        () -> {
          // Closed, so that no later test takes it for the run of a server that stopped.
          runs.findById(going.getId())
              .orElseThrow()
              .finish(RunOutcome.FAILED, RunCounts.none(), "closed by the test", base.plus(DAY));
          return null;
        });
  }

  @Test
  void mostThrottledLinks_countOnlyThrottledRuns_andAddUpTheirBackOffs() throws Exception {
    LinkGraph calm = stored();
    LinkGraph busy = stored();
    LinkGraph once = stored();
    LinkGraph lately = stored();
    transactions.inNew(
        () -> {
          runs.add(succeeded(calm, base, Duration.ofSeconds(1), 3));
          runs.add(throttled(busy, base, Duration.ofSeconds(30), 0));
          runs.add(throttled(busy, base.plus(HOUR), Duration.ofSeconds(15), 2));
          runs.add(succeeded(busy, base.plus(HOUR.multipliedBy(2)), Duration.ofSeconds(1), 3));
          runs.add(throttled(once, base.plus(HOUR), Duration.ZERO, 0));
          runs.add(throttled(lately, base.plus(HOUR.multipliedBy(3)), Duration.ZERO, 0));
          return null;
        });

    List<LinkThrottling> throttled =
        transactions.inNew(() -> runs.mostThrottledLinks(base, 10_000)).stream()
            .filter(t -> ours(t.linkId(), calm, busy, once, lately))
            .toList();

    // Of the links throttled once, the one throttled last comes first, though it was made last.
    assertThat(throttled)
        .extracting(LinkThrottling::linkId)
        .containsExactly(busy.link().getId(), lately.link().getId(), once.link().getId());
    LinkThrottling most = throttled.get(0);
    assertThat(most.throttledRuns()).isEqualTo(2);
    assertThat(most.backOff()).isEqualTo(Duration.ofSeconds(45));
    assertThat(most.lastThrottledAt()).isEqualTo(base.plus(HOUR));
    assertThat(most.associateName()).isEqualTo(busy.associate().getName());
    assertThat(throttled.get(1).backOff()).isZero();
  }

  @Test
  void aLinksRuns_comePageByPage_newestFirst_withTheirCount() throws Exception {
    LinkGraph graph = stored();
    transactions.inNew(
        () -> {
          for (int i = 0; i < 5; i++) {
            runs.add(succeeded(graph, base.plus(HOUR.multipliedBy(i)), Duration.ofSeconds(i), i));
          }
          return null;
        });
    long linkId = graph.link().getId();

    assertThat(transactions.inNew(() -> runs.countByLink(linkId))).isEqualTo(5);
    assertThat(transactions.inNew(() -> runs.listByLink(linkId, 0, 2)))
        .extracting(SyncRun::getStartedAt)
        .containsExactly(base.plus(HOUR.multipliedBy(4)), base.plus(HOUR.multipliedBy(3)));
    assertThat(transactions.inNew(() -> runs.listByLink(linkId, 4, 2)))
        .extracting(SyncRun::getStartedAt)
        .containsExactly(base);
    assertThat(transactions.inNew(() -> runs.countByLink(-1))).isZero();
  }

  private LinkGraph stored() throws Exception {
    LinkGraph graph = LinkGraph.create();
    transactions.inNew(() -> graph.addTo(ranks, associates, mailboxes, links));
    return graph;
  }

  private static boolean ours(long linkId, LinkGraph... graphs) {
    Set<Long> ids = new java.util.HashSet<>();
    for (LinkGraph graph : graphs) {
      ids.add(graph.link().getId());
    }
    return ids.contains(linkId);
  }

  private static SyncRun succeeded(LinkGraph graph, Instant start, Duration took, int created) {
    SyncRun run = new SyncRun(graph.link(), RunTrigger.SCHEDULED, start);
    run.finish(
        RunOutcome.SUCCEEDED,
        RunCounts.none().plus(Side.EXCHANGE, ChangeAction.CREATED, created),
        null,
        start.plus(took));
    return run;
  }

  private static SyncRun throttled(LinkGraph graph, Instant start, Duration backOff, int created) {
    SyncRun run = new SyncRun(graph.link(), RunTrigger.SCHEDULED, start);
    run.finishThrottled(
        RunCounts.none().plus(Side.CRM, ChangeAction.UPDATED, created),
        "Exchange asked to wait",
        backOff,
        start.plusSeconds(1));
    return run;
  }
}
