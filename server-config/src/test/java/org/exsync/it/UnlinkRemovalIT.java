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
import java.util.Set;
import org.exsync.application.connection.CrmConnection;
import org.exsync.application.link.LinkAdminService;
import org.exsync.application.link.LinkedUsers;
import org.exsync.application.link.RunFigures;
import org.exsync.application.link.RunRow;
import org.exsync.application.link.UnlinkedRow;
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
import org.exsync.domain.link.SyncedItems;
import org.exsync.domain.link.Unlinking;
import org.exsync.domain.link.UnlinkingRepository;
import org.exsync.domain.mailbox.Mailbox;
import org.exsync.domain.mailbox.MailboxKind;
import org.exsync.domain.mailbox.MailboxRepository;
import org.exsync.domain.mapping.ItemMapping;
import org.exsync.domain.mapping.ItemMappingRepository;
import org.exsync.domain.mapping.ItemOrigin;
import org.exsync.domain.mapping.SyncPair;
import org.exsync.domain.rank.RankRepository;
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
import org.exsync.engine.port.FolderRemoval;
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
 * Unlinking with removal, inside the server against the deployed simulators: after a real sync, the
 * link's next run deletes from the mailbox the appointments Exsync copied there from SuperOffice,
 * keeps the one the user made in Outlook, leaves SuperOffice as it is, deletes the contacts folder
 * Exsync made for a selection once its copies are gone, and then the link goes, its unlinking
 * stamped with the count. The link's runs stay, and its run history still finds them.
 */
@ExtendWith(ArquillianExtension.class)
class UnlinkRemovalIT {

  private static final Duration PATIENCE = Duration.ofMinutes(3);

  @Deployment(name = "sandbox", order = 1, testable = false)
  static WebArchive sandbox() {
    File war = new File(System.getProperty("exsync.it.sandbox", "target/sandbox.war"));
    return ShrinkWrap.create(ZipImporter.class, "sandbox.war").importFrom(war).as(WebArchive.class);
  }

  @Deployment(name = "exsync", order = 2)
  static EnterpriseArchive exsync() {
    return Deployments.exsyncWith(
        SandboxDemo.syncValues(24), UnlinkRemovalIT.class, Transactions.class, TestData.class);
  }

  @Resource(lookup = "java:comp/UserTransaction")
  private UserTransaction userTransaction;

  @Inject private ConnectionSettingsService connections;
  @Inject private AssociateRepository associates;
  @Inject private MailboxRepository mailboxes;
  @Inject private RankRepository ranks;
  @Inject private SyncLinkRepository links;
  @Inject private ItemMappingRepository mappings;
  @Inject private UnlinkingRepository unlinkings;
  @Inject private RankAdministration rankAdministration;
  @Inject private RunControl runControl;
  @Inject private LinkStatusQuery status;
  @Inject private LinkAdminService linkAdmin;
  @Inject private CrmConnection crm;
  @Inject private RunFigures runFigures;
  @Inject private LinkedUsers linkedUsers;

  /** A selection of the demo world (its first, "Nøkkelkunder"), kept as its own contacts folder. */
  private static final int SELECTION = 10;

  private static final String SELECTION_MARKER = "exsync-selection-" + SELECTION;

  @Test
  @OperateOnDeployment("exsync")
  void unlinkingWithRemoval_deletesExsyncsCopiesFromTheMailbox_andKeepsTheUsersOwn()
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
      String own = "Made in Outlook – " + TestData.unique();
      inMailbox(mailbox -> createIn(mailbox, own));
      String fromCrm = "Made in SuperOffice – " + TestData.unique();
      createInCrm(fromCrm);
      long linkId = link();
      runControl.syncNow(linkId);
      awaitRunAfter(linkId, Instant.EPOCH);
      assertThat(pairMappings(linkId, "selection:" + SELECTION))
          .as("contacts Exsync copied into the selection's folder")
          .isNotEmpty()
          .allMatch(m -> m.getOrigin() == ItemOrigin.CRM);
      String selectionFolder =
          inMailbox(mailbox -> done(mailbox.contactsFolder(SELECTION_MARKER, "unused")).id());
      long contactCopies =
          pairMappings(linkId, "selection:" + SELECTION).size()
              + pairMappings(linkId, "default").stream()
                  .filter(m -> m.getOrigin() == ItemOrigin.CRM)
                  .count();
      long runsBefore = runFigures.countRunsOf(linkId);
      List<ItemMapping> synced = diaryMappings(linkId);
      List<String> copies =
          synced.stream()
              .filter(m -> m.getOrigin() == ItemOrigin.CRM)
              .map(m -> m.sides().exchangeId())
              .toList();
      assertThat(copies).as("appointments Exsync copied into the mailbox").isNotEmpty();
      assertThat(synced).anyMatch(m -> m.getOrigin() == ItemOrigin.EXCHANGE);
      int inCrm = crmDiaryCount();

      linkAdmin.unlink(linkId, SyncedItems.REMOVE, "unlink-removal-test");
      awaitGone(linkId);

      List<String> left = inMailbox(UnlinkRemovalIT::calendar);
      assertThat(left).as("subjects left in the mailbox").contains(own).doesNotContain(fromCrm);
      List<String> leftIds = inMailbox(UnlinkRemovalIT::calendarIds);
      assertThat(leftIds).doesNotContainAnyElementsOf(copies);
      assertThat(crmDiaryCount()).as("SuperOffice appointments").isEqualTo(inCrm);
      Unlinking done =
          new Transactions(userTransaction).inNew(() -> unlinkings.listByLinkId(linkId).get(0));
      assertThat(done.isRemovalPending()).isFalse();
      assertThat(done.getItemsRemoved()).contains((int) (copies.size() + contactCopies));

      assertThat(selectionFolder).isNotBlank();
      FolderRemoval afterwards =
          inMailbox(mailbox -> done(mailbox.removeContactsFolder(SELECTION_MARKER)));
      assertThat(afterwards)
          .as("the selection's folder after the unlinking")
          .isEqualTo(FolderRemoval.ABSENT);

      assertThat(runFigures.countRunsOf(linkId)).isGreaterThan(runsBefore);
      List<RunRow> runs = runFigures.runsOf(linkId, 0, 10);
      assertThat(runs.get(0).message())
          .startsWith("Unlinked: " + done.getItemsRemoved().orElseThrow() + " synced items")
          .contains("1 contacts folders Exsync had made");
      assertThat(runs)
          .allSatisfy(
              run -> {
                assertThat(run.associateName()).isEqualTo(value("it.sync.name"));
                assertThat(run.mailbox()).isEqualTo(value("it.sync.email"));
              });
      UnlinkedRow unlinked = linkedUsers.findUnlinked(linkId).orElseThrow();
      assertThat(unlinked.associateName()).isEqualTo(value("it.sync.name"));
      assertThat(unlinked.unlinkedBy()).isEqualTo("unlink-removal-test");
      assertThat(unlinked.itemsRemoved()).isEqualTo(done.getItemsRemoved());
      assertThat(linkedUsers.find(linkId)).isEmpty();
    } finally {
      connections.updateExchange(seeded);
    }
  }

  private long link() throws Exception {
    long defaultRank = rankAdministration.defaultRank().id();
    int crmId = Integer.parseInt(value("it.sync.associate"));
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
                                    value("it.sync.name"),
                                    value("it.sync.user"),
                                    value("it.sync.email"),
                                    AssociateType.EMPLOYEE);
                            associates.add(fresh);
                            return fresh;
                          });
              links.findByAssociate(associate).ifPresent(links::remove); // an earlier run's
              Mailbox mailbox =
                  mailboxes
                      .findBySmtpAddress(value("it.sync.email"))
                      .orElseGet(
                          () -> {
                            Mailbox fresh =
                                new Mailbox(
                                    value("it.sync.email"),
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
                      EnumSet.of(ItemKind.DIARY, ItemKind.CONTACT),
                      ranks.findById(defaultRank).orElseThrow(),
                      Instant.now());
              link.changeContactSelections(Set.of(SELECTION));
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
    throw new AssertionError("No run of link " + linkId + " finished within " + PATIENCE);
  }

  private void awaitGone(long linkId) throws Exception {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (new Transactions(userTransaction).inNew(() -> links.findById(linkId).isPresent())) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "Link " + linkId + " still there after " + PATIENCE + ": " + status.status(linkId));
      }
      Thread.sleep(500);
    }
  }

  private List<ItemMapping> diaryMappings(long linkId) throws Exception {
    return new Transactions(userTransaction)
        .inNew(() -> mappings.listByPair(new SyncPair(linkId, ItemKind.DIARY, "default")));
  }

  private List<ItemMapping> pairMappings(long linkId, String scope) throws Exception {
    return new Transactions(userTransaction)
        .inNew(() -> mappings.listByPair(new SyncPair(linkId, ItemKind.CONTACT, scope)));
  }

  private int crmDiaryCount() {
    CrmGateway gateway = done(crm.gateway());
    Instant now = Instant.now();
    CrmScope diary =
        CrmScope.diary(
            Integer.parseInt(value("it.sync.associate")),
            new SyncWindow(now.minus(Duration.ofDays(400)), now.plus(Duration.ofDays(400))));
    return done(gateway.changes(diary, null)).changed().size();
  }

  private <T> T inMailbox(java.util.function.Function<ExchangeMailbox, T> work) {
    ExchangeConnectionSettings exchange = connections.exchange();
    MailboxAccess access =
        new MailboxAccess(
            value("it.sync.email"),
            URI.create(exchange.ewsUrl()),
            new ExchangeAuth.ServiceAccount(
                exchange.serviceAccount(), connections.serviceAccountPassword(), "", true));
    try (ExchangeMailbox mailbox = new EwsExchangeGateway().open(access)) {
      return work.apply(mailbox);
    }
  }

  private void createInCrm(String subject) {
    CrmGateway gateway = done(crm.gateway());
    AppointmentItem item = appointment(subject, done(gateway.baseZone()));
    CrmScope diary =
        CrmScope.diary(
            Integer.parseInt(value("it.sync.associate")),
            new SyncWindow(item.start().minus(Duration.ofDays(1)), item.end()));
    done(done(gateway.create(diary, List.of(item))).get(0));
  }

  private static String createIn(ExchangeMailbox mailbox, String subject) {
    AppointmentItem item = appointment(subject, ZoneId.of("UTC"));
    FolderRef calendar = done(mailbox.defaultFolder(ItemKind.DIARY));
    return done(done(mailbox.create(calendar, List.of(item))).get(0)).id();
  }

  /** Half an hour four days from now, so that it is inside the sync window. */
  private static AppointmentItem appointment(String subject, ZoneId zone) {
    Instant start = Instant.now().plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.HOURS);
    return new AppointmentItem(
        subject,
        "",
        "",
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
  }

  private static List<String> calendar(ExchangeMailbox mailbox) {
    List<String> subjects = new ArrayList<>();
    for (SourceItem item : calendarItems(mailbox)) {
      if (item.content() instanceof AppointmentItem appointment) {
        subjects.add(appointment.subject());
      }
    }
    return subjects;
  }

  private static List<String> calendarIds(ExchangeMailbox mailbox) {
    return calendarItems(mailbox).stream().map(SourceItem::id).toList();
  }

  private static List<SourceItem> calendarItems(ExchangeMailbox mailbox) {
    FolderRef calendar = done(mailbox.defaultFolder(ItemKind.DIARY));
    List<SourceItem> items = new ArrayList<>();
    String state = null;
    ChangePage page;
    do {
      page = done(mailbox.changes(calendar, state));
      items.addAll(page.changed());
      state = page.syncState();
    } while (page.moreAvailable());
    return items;
  }

  private static String value(String name) {
    return TargetDomain.value(name, "");
  }

  private static <T> T done(Outcome<T> outcome) {
    assertThat(outcome.failure()).isEmpty();
    return outcome.value();
  }
}
