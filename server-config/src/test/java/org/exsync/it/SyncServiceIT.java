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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.exsync.application.connection.CrmConnection;
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
import org.exsync.domain.mapping.ItemMappingRepository;
import org.exsync.domain.mapping.SyncPair;
import org.exsync.domain.rank.RankRepository;
import org.exsync.domain.run.RunOutcome;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.ShowAs;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.port.ChangePage;
import org.exsync.engine.port.CrmGateway;
import org.exsync.engine.port.CrmScope;
import org.exsync.engine.port.ExchangeAuth;
import org.exsync.engine.port.ExchangeMailbox;
import org.exsync.engine.port.FolderRef;
import org.exsync.engine.port.MailboxAccess;
import org.exsync.engine.port.Outcome;
import org.exsync.engine.port.SyncWindow;
import org.exsync.infrastructure.exchange.EwsExchangeGateway;
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
 * The whole sync inside the server, as a user runs it: a linked associate's diary and tasks are
 * taken into step by the rank's scheduler through the engine, the database store and both real
 * adapters, against the deployed simulators; a new SuperOffice appointment then reaches the mailbox
 * on the next run.
 */
@ExtendWith(ArquillianExtension.class)
class SyncServiceIT {

  private static final Duration PATIENCE = Duration.ofMinutes(3);

  @Deployment(name = "sandbox", order = 1, testable = false)
  static WebArchive sandbox() {
    File war = new File(System.getProperty("exsync.it.sandbox", "target/sandbox.war"));
    return ShrinkWrap.create(ZipImporter.class, "sandbox.war").importFrom(war).as(WebArchive.class);
  }

  @Deployment(name = "exsync", order = 2)
  static EnterpriseArchive exsync() {
    return Deployments.exsyncWith(
        SandboxDemo.syncValues(), SyncServiceIT.class, Transactions.class, TestData.class);
  }

  @Resource(lookup = "java:comp/UserTransaction")
  private UserTransaction userTransaction;

  @Inject private ConnectionSettingsService connections;
  @Inject private AssociateRepository associates;
  @Inject private MailboxRepository mailboxes;
  @Inject private RankRepository ranks;
  @Inject private SyncLinkRepository links;
  @Inject private ItemMappingRepository mappings;
  @Inject private RankAdministration rankAdministration;
  @Inject private RunControl runControl;
  @Inject private LinkStatusQuery status;
  @Inject private CrmConnection crm;

  @Test
  @OperateOnDeployment("exsync")
  void linkedDiaryAndTasks_comeIntoStep_andANewAppointmentReachesTheMailboxOnTheNextRun()
      throws Exception {
    ExchangeConnectionSettings seeded = connections.exchange();
    connections.updateExchange(
        new ExchangeConnectionSettings(
            seeded.ewsUrl(),
            ExchangeConnectionSettings.AuthMode.SERVICE_ACCOUNT,
            value("it.sync.service-account"),
            "",
            true));
    try {
      long linkId = link();
      runControl.syncNow(linkId);

      RunRecord first = awaitRunAfter(linkId, Instant.EPOCH);
      long diaryMappings = count(linkId, ItemKind.DIARY);

      AppointmentItem created = appointmentInSuperOffice();
      runControl.syncNow(linkId);
      RunRecord second = awaitRunAfter(linkId, first.startedAt());

      assertThat(first.outcome()).isIn(RunOutcome.SUCCEEDED, RunOutcome.PARTIAL);
      assertThat(diaryMappings).isPositive();
      assertThat(second.outcome()).isIn(RunOutcome.SUCCEEDED, RunOutcome.PARTIAL);
      assertThat(subjectsInMailbox()).contains(created.subject());
      assertThat(count(linkId, ItemKind.DIARY)).isEqualTo(diaryMappings + 1);
    } finally {
      connections.updateExchange(seeded);
    }
  }

  private long link() throws Exception {
    long defaultRank = rankAdministration.defaultRank().id();
    return new Transactions(userTransaction)
        .inNew(
            () -> {
              Associate associate =
                  associates
                      .findByCrmId(Integer.parseInt(value("it.sync.associate")))
                      .orElseGet(
                          () -> {
                            Associate fresh =
                                new Associate(
                                    Integer.parseInt(value("it.sync.associate")),
                                    value("it.sync.name"),
                                    value("it.sync.user"),
                                    value("it.sync.email"),
                                    AssociateType.EMPLOYEE);
                            associates.add(fresh);
                            return fresh;
                          });
              Mailbox mailbox =
                  new Mailbox(
                      value("it.sync.email"),
                      URI.create(connections.exchange().ewsUrl()),
                      MailboxKind.EWS_ON_PREMISES,
                      null);
              mailboxes.add(mailbox);
              SyncLink link =
                  new SyncLink(
                      associate,
                      mailbox,
                      EnumSet.of(ItemKind.DIARY, ItemKind.TASK),
                      ranks.findById(defaultRank).orElseThrow(),
                      Instant.now());
              links.add(link);
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

  private long count(long linkId, ItemKind kind) throws Exception {
    return new Transactions(userTransaction)
        .inNew(() -> (long) mappings.listByPair(new SyncPair(linkId, kind, "default")).size());
  }

  private AppointmentItem appointmentInSuperOffice() {
    CrmGateway gateway = done(crm.gateway());
    ZoneId zone = done(gateway.baseZone());
    Instant start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
    AppointmentItem item =
        new AppointmentItem(
            "Synkronisert fra SuperOffice – " + TestData.unique(),
            "Ny avtale",
            "Møterom Ærø",
            start,
            start.plus(Duration.ofMinutes(30)),
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
            Integer.parseInt(value("it.sync.associate")),
            new SyncWindow(start.minus(Duration.ofDays(1)), start.plus(Duration.ofDays(1))));
    done(done(gateway.create(diary, List.of(item))).get(0));
    return item;
  }

  private List<String> subjectsInMailbox() {
    ExchangeConnectionSettings exchange = connections.exchange();
    MailboxAccess access =
        new MailboxAccess(
            value("it.sync.email"),
            URI.create(exchange.ewsUrl()),
            new ExchangeAuth.ServiceAccount(
                exchange.serviceAccount(), connections.serviceAccountPassword(), "", true));
    List<String> subjects = new ArrayList<>();
    try (ExchangeMailbox mailbox = new EwsExchangeGateway().open(access)) {
      FolderRef calendar = done(mailbox.defaultFolder(ItemKind.DIARY));
      String state = null;
      ChangePage page;
      do {
        page = done(mailbox.changes(calendar, state));
        for (SourceItem changed : page.changed()) {
          if (changed.content() instanceof AppointmentItem appointment) {
            subjects.add(appointment.subject());
          }
        }
        state = page.syncState();
      } while (page.moreAvailable());
    }
    return subjects;
  }

  private static String value(String name) {
    return TargetDomain.value(name, "");
  }

  private static <T> T done(Outcome<T> outcome) {
    assertThat(outcome.failure()).isEmpty();
    return outcome.value();
  }
}
