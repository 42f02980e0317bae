package org.exsync.it;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.exsync.application.conflict.ConflictReview;
import org.exsync.application.conflict.ConflictRow;
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
import org.exsync.domain.link.ConflictPolicy;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.link.SyncLinkRepository;
import org.exsync.domain.mailbox.Mailbox;
import org.exsync.domain.mailbox.MailboxKind;
import org.exsync.domain.mailbox.MailboxRepository;
import org.exsync.domain.mapping.ConflictSearch;
import org.exsync.domain.mapping.ItemMapping;
import org.exsync.domain.mapping.ItemMappingRepository;
import org.exsync.domain.mapping.SyncPair;
import org.exsync.domain.rank.RankRepository;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.ShowAs;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.port.CrmGateway;
import org.exsync.engine.port.CrmScope;
import org.exsync.engine.port.ExchangeAuth;
import org.exsync.engine.port.ExchangeMailbox;
import org.exsync.engine.port.FolderRef;
import org.exsync.engine.port.ItemUpdate;
import org.exsync.engine.port.MailboxAccess;
import org.exsync.engine.port.Outcome;
import org.exsync.engine.port.SyncWindow;
import org.exsync.infrastructure.exchange.EwsExchangeGateway;

/**
 * A real conflict, made inside the server against the deployed sandbox: one demo user's diary is
 * linked (Exchange wins conflicts), an appointment created in SuperOffice is synced, then changed
 * in SuperOffice and in the mailbox before the next run, which records the conflict. Every wait is
 * on a finished run or a settled override, with a patience long enough for a SuperOffice back-off.
 */
final class ConflictScenario {

  static final Duration PATIENCE = Duration.ofMinutes(4);

  /** The demo user whose diary is used; each test class brings its own. */
  record User(int associateId, String name, String userName, String email, String account) {}

  /** A conflict made: both items, both versions' subjects and the conflict as listed. */
  record Made(
      long linkId,
      String crmId,
      String exchangeId,
      String crmSubject,
      String exchangeSubject,
      ConflictRow conflict) {}

  private final User user;
  private final Transactions transactions;

  ConflictScenario(User user, UserTransaction transaction) {
    this.user = user;
    this.transactions = new Transactions(transaction);
  }

  /** Exchange is reached with the sandbox's service account; answers the settings to restore. */
  ExchangeConnectionSettings useServiceAccount() {
    ConnectionSettingsService connections = bean(ConnectionSettingsService.class);
    ExchangeConnectionSettings seeded = connections.exchange();
    connections.updateExchange(
        new ExchangeConnectionSettings(
            seeded.ewsUrl(),
            ExchangeConnectionSettings.AuthMode.SERVICE_ACCOUNT,
            user.account(),
            "",
            true));
    return seeded;
  }

  void restore(ExchangeConnectionSettings seeded) {
    bean(ConnectionSettingsService.class).updateExchange(seeded);
  }

  /** The user's diary link, made once: Exchange's version wins a conflict. */
  long link() throws Exception {
    long rankId = bean(RankAdministration.class).defaultRank().id();
    long linkId =
        transactions.inNew(
            () -> {
              AssociateRepository associates = bean(AssociateRepository.class);
              Associate associate =
                  associates
                      .findByCrmId(user.associateId())
                      .orElseGet(
                          () -> {
                            Associate fresh =
                                new Associate(
                                    user.associateId(),
                                    user.name(),
                                    user.userName(),
                                    user.email(),
                                    AssociateType.EMPLOYEE);
                            associates.add(fresh);
                            return fresh;
                          });
              SyncLinkRepository links = bean(SyncLinkRepository.class);
              Optional<SyncLink> existing = links.findByAssociate(associate);
              if (existing.isPresent()) {
                return existing.get().getId();
              }
              MailboxRepository mailboxes = bean(MailboxRepository.class);
              Mailbox mailbox =
                  mailboxes
                      .findBySmtpAddress(user.email())
                      .orElseGet(
                          () -> {
                            Mailbox fresh =
                                new Mailbox(
                                    user.email(),
                                    URI.create(
                                        bean(ConnectionSettingsService.class).exchange().ewsUrl()),
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
                      bean(RankRepository.class).findById(rankId).orElseThrow(),
                      Instant.now());
              link.changeConflictPolicy(ConflictPolicy.EXCHANGE_WINS);
              links.add(link);
              return link.getId();
            });
    syncAndWait(linkId);
    return linkId;
  }

  /** Asks for a run now and waits until a run that started after the request has finished. */
  RunRecord syncAndWait(long linkId) throws InterruptedException {
    Instant asked = Instant.now();
    bean(RunControl.class).syncNow(linkId);
    return awaitRunAfter(linkId, asked);
  }

  RunRecord awaitRunAfter(long linkId, Instant after) throws InterruptedException {
    LinkStatusQuery status = bean(LinkStatusQuery.class);
    Instant deadline = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      Optional<RunRecord> finished =
          status.runs(linkId, 5).stream()
              .filter(run -> run.startedAt().isAfter(after) && run.finishedAt().isPresent())
              .findFirst();
      if (finished.isPresent()) {
        return finished.get();
      }
      Thread.sleep(300);
    }
    throw new AssertionError(
        "No run of link " + linkId + " finished within " + PATIENCE + ": " + status.status(linkId));
  }

  /**
   * An appointment synced once, then changed on both sides before the next run, which records the
   * conflict; Exchange's version is kept.
   */
  Made conflict(long linkId, String tag) throws Exception {
    String original = "Conflict " + tag;
    String crmId = createInSuperOffice(original);
    syncAndWait(linkId);
    String exchangeId =
        mapping(linkId, crmId)
            .map(ItemMapping::getExchangeId)
            .orElseThrow(() -> new AssertionError("The appointment " + crmId + " was not synced"));
    String crmSubject = "SuperOffice version " + tag;
    String exchangeSubject = "Exchange version " + tag;
    renameInSuperOffice(crmId, crmSubject);
    renameInExchange(exchangeId, exchangeSubject);
    syncAndWait(linkId);
    ConflictRow conflict =
        awaitConflict(linkId, row -> row.title().equals(crmSubject))
            .orElseThrow(
                () ->
                    new AssertionError(
                        "No conflict recorded for '" + crmSubject + "' of link " + linkId));
    return new Made(linkId, crmId, exchangeId, crmSubject, exchangeSubject, conflict);
  }

  Optional<ConflictRow> awaitConflict(long linkId, Predicate<ConflictRow> which) {
    return bean(ConflictReview.class)
        .list(new ConflictSearch(linkId, ItemKind.DIARY, null), 0, 100)
        .stream()
        .filter(which)
        .findFirst();
  }

  /** Waits until a run settled the conflict's override; the conflict as listed then. */
  ConflictRow awaitSettled(long conflictId) throws InterruptedException {
    ConflictReview review = bean(ConflictReview.class);
    Instant deadline = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      ConflictRow row = review.detail(conflictId).orElseThrow().row();
      if (row.overrideState() != null
          && row.overrideState() != org.exsync.domain.mapping.OverrideState.REQUESTED) {
        return row;
      }
      Thread.sleep(300);
    }
    throw new AssertionError("No run settled the override of conflict " + conflictId);
  }

  Optional<ItemMapping> mapping(long linkId, String crmId) throws Exception {
    return transactions.inNew(
        () ->
            bean(ItemMappingRepository.class)
                .findByCrmId(new SyncPair(linkId, ItemKind.DIARY, "default"), crmId));
  }

  String createInSuperOffice(String subject) {
    CrmGateway gateway = done(bean(CrmConnection.class).gateway());
    ZoneId zone = done(gateway.baseZone());
    Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
    AppointmentItem item =
        new AppointmentItem(
            subject,
            "Agenda",
            "Room 4",
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
            user.associateId(),
            new SyncWindow(start.minus(Duration.ofDays(1)), start.plus(Duration.ofDays(1))));
    return done(done(gateway.create(diary, List.of(item))).get(0)).id();
  }

  void renameInSuperOffice(String crmId, String subject) {
    CrmGateway gateway = done(bean(CrmConnection.class).gateway());
    SourceItem now = done(done(gateway.read(ItemKind.DIARY, List.of(crmId))).get(0));
    AppointmentItem renamed = renamed((AppointmentItem) now.content(), subject);
    done(
        done(gateway.update(ItemKind.DIARY, List.of(new ItemUpdate(crmId, now.version(), renamed))))
            .get(0));
  }

  String subjectInSuperOffice(String crmId) {
    CrmGateway gateway = done(bean(CrmConnection.class).gateway());
    SourceItem now = done(done(gateway.read(ItemKind.DIARY, List.of(crmId))).get(0));
    return ((AppointmentItem) now.content()).subject();
  }

  void renameInExchange(String exchangeId, String subject) {
    try (ExchangeMailbox mailbox = mailbox()) {
      FolderRef calendar = done(mailbox.defaultFolder(ItemKind.DIARY));
      SourceItem now = done(done(mailbox.read(calendar, List.of(exchangeId))).get(0));
      AppointmentItem renamed = renamed((AppointmentItem) now.content(), subject);
      done(
          done(mailbox.update(
                  calendar, List.of(new ItemUpdate(exchangeId, now.version(), renamed))))
              .get(0));
    }
  }

  String subjectInExchange(String exchangeId) {
    try (ExchangeMailbox mailbox = mailbox()) {
      FolderRef calendar = done(mailbox.defaultFolder(ItemKind.DIARY));
      SourceItem now = done(done(mailbox.read(calendar, List.of(exchangeId))).get(0));
      return ((AppointmentItem) now.content()).subject();
    }
  }

  private ExchangeMailbox mailbox() {
    ConnectionSettingsService connections = bean(ConnectionSettingsService.class);
    ExchangeConnectionSettings exchange = connections.exchange();
    return new EwsExchangeGateway()
        .open(
            new MailboxAccess(
                user.email(),
                URI.create(exchange.ewsUrl()),
                new ExchangeAuth.ServiceAccount(
                    exchange.serviceAccount(), connections.serviceAccountPassword(), "", true)));
  }

  private static AppointmentItem renamed(AppointmentItem a, String subject) {
    return new AppointmentItem(
        subject,
        a.body(),
        a.location(),
        a.start(),
        a.end(),
        a.zone(),
        a.allDay(),
        a.showAs(),
        a.isPrivate(),
        a.reminderMinutes(),
        a.categories(),
        a.organizer(),
        a.attendees(),
        a.recurrence());
  }

  private static <T> T bean(Class<T> type) {
    return CDI.current().select(type).get();
  }

  private static <T> T done(Outcome<T> outcome) {
    if (outcome.failure().isPresent()) {
      throw new AssertionError("The sandbox refused: " + outcome.failure().get());
    }
    return outcome.value();
  }
}
