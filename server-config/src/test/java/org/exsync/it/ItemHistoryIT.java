package org.exsync.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.exsync.application.connection.CrmConnection;
import org.exsync.application.history.ItemHistoryEntry;
import org.exsync.application.history.ItemHistoryResult;
import org.exsync.application.history.ItemHistoryService;
import org.exsync.application.scheduling.LinkStatusQuery;
import org.exsync.application.scheduling.RankAdministration;
import org.exsync.application.scheduling.RunControl;
import org.exsync.application.scheduling.RunRecord;
import org.exsync.application.settings.ConnectionSettingsService;
import org.exsync.application.settings.ExchangeConnectionSettings;
import org.exsync.domain.associate.Associate;
import org.exsync.domain.associate.AssociateRepository;
import org.exsync.domain.associate.AssociateType;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.link.SyncLinkRepository;
import org.exsync.domain.mailbox.Mailbox;
import org.exsync.domain.mailbox.MailboxKind;
import org.exsync.domain.mailbox.MailboxRepository;
import org.exsync.domain.mapping.ItemEventRepository;
import org.exsync.domain.mapping.SyncItemEvent;
import org.exsync.domain.mapping.SyncPair;
import org.exsync.domain.rank.RankRepository;
import org.exsync.domain.run.RunOutcome;
import org.exsync.domain.run.Side;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.ShowAs;
import org.exsync.engine.port.CrmGateway;
import org.exsync.engine.port.CrmScope;
import org.exsync.engine.port.Outcome;
import org.exsync.engine.port.SyncWindow;
import org.exsync.engine.store.ItemEventKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A demo user's diary synced for real, through the scheduler, the engine, the database store and
 * both adapters against the deployed simulators, leaves a history for each item: found by link, by
 * subject and by id, newest first, a page at a time; entries older than 30 days are pruned.
 */
@ExtendWith(ArquillianExtension.class)
class ItemHistoryIT {

  private static final Duration PATIENCE = Duration.ofMinutes(3);

  @Deployment(name = "sandbox", order = 1, testable = false)
  static WebArchive sandbox() {
    File war = new File(System.getProperty("exsync.it.sandbox", "target/sandbox.war"));
    return ShrinkWrap.create(ZipImporter.class, "sandbox.war").importFrom(war).as(WebArchive.class);
  }

  @Deployment(name = "exsync", order = 2)
  static EnterpriseArchive exsync() {
    return Deployments.exsyncWith(
        SandboxDemo.historyValues(), ItemHistoryIT.class, Transactions.class, TestData.class);
  }

  @Resource(lookup = "java:comp/UserTransaction")
  private UserTransaction userTransaction;

  @Inject private ConnectionSettingsService connections;
  @Inject private AssociateRepository associates;
  @Inject private MailboxRepository mailboxes;
  @Inject private RankRepository ranks;
  @Inject private SyncLinkRepository links;
  @Inject private ItemEventRepository events;
  @Inject private RankAdministration rankAdministration;
  @Inject private RunControl runControl;
  @Inject private LinkStatusQuery status;
  @Inject private CrmConnection crm;
  @Inject private ItemHistoryService history;

  @Test
  @OperateOnDeployment("exsync")
  void syncedDiary_leavesAHistoryPerItem_foundBySubjectAndId_andOldEntriesArePruned()
      throws Exception {
    ExchangeConnectionSettings seeded = connections.exchange();
    connections.updateExchange(
        new ExchangeConnectionSettings(
            seeded.ewsUrl(),
            ExchangeConnectionSettings.AuthMode.SERVICE_ACCOUNT,
            value("it.history.service-account"),
            "",
            true));
    try {
      long linkId = link();
      runControl.syncNow(linkId);
      RunRecord first = awaitRunAfter(linkId, Instant.EPOCH);
      assertThat(first.outcome()).isIn(RunOutcome.SUCCEEDED, RunOutcome.PARTIAL);

      ItemHistoryResult initial = history.search(linkId, null, null, 0, 5);
      assertThat(initial.total()).as("events of the first sync").isPositive();
      assertThat(initial.entries()).hasSizeBetween(1, 5);
      assertThat(initial.entries())
          .extracting(ItemHistoryEntry::at)
          .isSortedAccordingTo(java.util.Comparator.reverseOrder());
      assertThat(initial.entries()).allSatisfy(e -> assertThat(e.linkId()).isEqualTo(linkId));
      assertThat(history.search(linkId, null, null, 5, 5).entries())
          .as("the second page holds other entries")
          .doesNotContainAnyElementsOf(initial.entries());

      String oldSubject = "Long ago " + TestData.unique();
      String subject = "Historikk – " + TestData.unique();
      String crmId = appointmentInSuperOffice(subject);
      oldEvent(linkId, oldSubject);
      assertThat(history.search(linkId, oldSubject, null, 0, 10).total()).isEqualTo(1);
      runControl.syncNow(linkId);
      awaitRunAfter(linkId, first.startedAt());

      ItemHistoryResult bySubject =
          history.search(linkId, subject.substring(0, 14).toUpperCase(), null, 0, 10);
      assertThat(bySubject.entries())
          .filteredOn(e -> e.event() == ItemEventKind.CREATED)
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.subject()).isEqualTo(subject);
                assertThat(e.crmId()).contains(crmId);
                assertThat(e.exchangeId()).isPresent();
                assertThat(e.side()).contains(Side.EXCHANGE);
                assertThat(e.itemKind()).isEqualTo(ItemKind.DIARY);
                // On a domain kept from an earlier run, the restarted sandbox may hand out a CRM
                // id a stale mapping still holds: the engine then creates the item again.
                assertThat(e.detail())
                    .isIn(
                        "New in SuperOffice; created in Exchange.",
                        "Gone from Exchange but kept in SuperOffice; created there again.");
              });
      assertThat(history.search(linkId, crmId, ItemEventKind.CREATED, 0, 10).entries())
          .as("the newest creation of the CRM id")
          .extracting(ItemHistoryEntry::subject)
          .startsWith(subject);
      assertThat(history.search(linkId, crmId, ItemEventKind.CONFLICT, 0, 10).total()).isZero();
      assertThat(history.search(linkId, oldSubject, null, 0, 10).total())
          .as("an entry older than 30 days, pruned by the run")
          .isZero();
    } finally {
      connections.updateExchange(seeded);
    }
  }

  private long link() throws Exception {
    long defaultRank = rankAdministration.defaultRank().id();
    return new Transactions(userTransaction)
        .inNew(
            () -> {
              int crmId = Integer.parseInt(value("it.history.associate"));
              Associate associate =
                  associates
                      .findByCrmId(crmId)
                      .orElseGet(
                          () -> {
                            Associate fresh =
                                new Associate(
                                    crmId,
                                    value("it.history.name"),
                                    value("it.history.user"),
                                    value("it.history.email"),
                                    AssociateType.EMPLOYEE);
                            associates.add(fresh);
                            return fresh;
                          });
              Optional<SyncLink> earlier = links.findByAssociate(associate);
              if (earlier.isPresent()) {
                return earlier.get().getId(); // left by an earlier run on this domain
              }
              Mailbox mailbox =
                  mailboxes
                      .findBySmtpAddress(value("it.history.email"))
                      .orElseGet(
                          () -> {
                            Mailbox fresh =
                                new Mailbox(
                                    value("it.history.email"),
                                    URI.create(connections.exchange().ewsUrl()),
                                    MailboxKind.EWS_ON_PREMISES,
                                    null);
                            mailboxes.add(fresh);
                            return fresh;
                          });
              SyncLink link =
                  new SyncLink(
                      associate,
                      mailbox,
                      EnumSet.of(ItemKind.DIARY),
                      ranks.findById(defaultRank).orElseThrow(),
                      Instant.now());
              links.add(link);
              return link.getId();
            });
  }

  private void oldEvent(long linkId, String subject) throws Exception {
    new Transactions(userTransaction)
        .inNew(
            () -> {
              events.add(
                  new SyncItemEvent(
                      new SyncPair(linkId, ItemKind.DIARY, "default"),
                      new SyncItemEvent.ItemIds("1", null),
                      subject,
                      ItemEventKind.UPDATED.name(),
                      Side.EXCHANGE,
                      "An old entry",
                      Instant.now().minus(Duration.ofDays(SyncItemEvent.KEPT_DAYS + 1))));
              return null;
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

  /** A new appointment in the user's SuperOffice diary; its id. */
  private String appointmentInSuperOffice(String subject) {
    CrmGateway gateway = done(crm.gateway());
    ZoneId zone = done(gateway.baseZone());
    Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
    AppointmentItem item =
        new AppointmentItem(
            subject,
            "",
            "",
            start,
            start.plus(Duration.ofMinutes(45)),
            zone,
            false,
            ShowAs.BUSY,
            false,
            15,
            List.of(),
            "",
            List.of(),
            null);
    CrmScope diary =
        CrmScope.diary(
            Integer.parseInt(value("it.history.associate")),
            new SyncWindow(start.minus(Duration.ofDays(1)), start.plus(Duration.ofDays(1))));
    return done(done(gateway.create(diary, List.of(item))).get(0)).id();
  }

  private static String value(String name) {
    return TargetDomain.value(name, "");
  }

  private static <T> T done(Outcome<T> outcome) {
    assertThat(outcome.failure()).isEmpty();
    return outcome.value();
  }
}
