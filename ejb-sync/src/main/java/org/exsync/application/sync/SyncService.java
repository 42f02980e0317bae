package org.exsync.application.sync;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.exsync.application.connection.CrmConnection;
import org.exsync.application.scheduling.LinkRun;
import org.exsync.application.scheduling.RunResult;
import org.exsync.domain.run.RunCounts;
import org.exsync.engine.LinkSettings;
import org.exsync.engine.SelectionFolder;
import org.exsync.engine.SyncEngine;
import org.exsync.engine.SyncJob;
import org.exsync.engine.port.CrmGateway;
import org.exsync.engine.port.CrmSelection;
import org.exsync.engine.port.ExchangeGateway;
import org.exsync.engine.port.ExchangeMailbox;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.MailboxAccess;
import org.exsync.engine.port.Outcome;
import org.exsync.infrastructure.exchange.EwsExchangeGateway;

/**
 * The sync of one link inside the server: reads the link's plan, opens its mailbox, runs the engine
 * against the SuperOffice gateway and the database store, and tells the scheduler how it went. Each
 * batch the engine applies is committed on its own, so the run itself holds no transaction.
 */
@ApplicationScoped
public class SyncService implements LinkRun {

  private static final Logger LOG = Logger.getLogger(SyncService.class.getName());

  @Inject private LinkPlans plans;
  @Inject private CrmConnection crm;
  @Inject private StoredPairs stored;
  @Inject private RunProgressBoard progress;
  @Inject private Clock clock;

  private ExchangeGateway exchange;
  private SyncEngine engine;

  @PostConstruct
  void open() {
    exchange = new EwsExchangeGateway();
    engine = new SyncEngine();
  }

  @Override
  public RunResult run(long linkId) {
    try {
      Optional<LinkPlan> plan = plans.of(linkId);
      if (plan.isEmpty()) {
        return RunResult.failed("The link no longer exists", RunCounts.none());
      }
      Outcome<CrmGateway> gateway = crm.gateway();
      if (gateway.failure().isPresent()) {
        return stopped(gateway.failure().get());
      }
      Outcome<MailboxAccess> access = plan.get().access();
      if (access.failure().isPresent()) {
        return stopped(access.failure().get());
      }
      Outcome<LinkSettings> settings = withSelectionFolders(plan.get(), gateway.value());
      if (settings.failure().isPresent()) {
        return stopped(settings.failure().get());
      }
      try (ExchangeMailbox mailbox = exchange.open(access.value())) {
        SyncJob job =
            new SyncJob(
                settings.value(),
                mailbox,
                gateway.value(),
                new DatabaseSyncStore(stored),
                clock,
                progress.start(linkId));
        return plan.get().removal()
            ? RunResults.of(engine.remove(job))
            : RunResults.of(engine.run(job));
      } finally {
        progress.end(linkId);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The run of link " + linkId + " failed", e);
      return RunResult.failed(
          "The run stopped on an unexpected error ("
              + e.getClass().getSimpleName()
              + "); the server log has the details",
          RunCounts.none());
    }
  }

  /** The link's selections as contacts folders, named as SuperOffice names them now. */
  private static Outcome<LinkSettings> withSelectionFolders(LinkPlan plan, CrmGateway gateway) {
    if (plan.selectionIds().isEmpty()) {
      return Outcome.done(plan.settings());
    }
    return gateway
        .selections()
        .map(
            all -> {
              Map<Integer, String> names =
                  all.stream()
                      .collect(Collectors.toMap(CrmSelection::id, CrmSelection::name, (a, b) -> a));
              List<SelectionFolder> folders =
                  plan.selectionIds().stream()
                      .sorted()
                      .filter(names::containsKey)
                      .map(id -> new SelectionFolder(id, "exsync-selection-" + id, names.get(id)))
                      .toList();
              LinkSettings s = plan.settings();
              return new LinkSettings(
                  s.linkId(),
                  s.associateId(),
                  s.mailboxAddress(),
                  s.kinds(),
                  s.window(),
                  s.conflictPolicy(),
                  s.bookingPolicy(),
                  s.massDeletePercent(),
                  s.ownContacts(),
                  folders);
            });
  }

  private static RunResult stopped(Failure failure) {
    String message =
        failure.fix() == null || failure.fix().isBlank()
            ? failure.reason()
            : failure.reason() + ". " + failure.fix();
    return switch (failure.kind()) {
      case NEEDS_REAUTHENTICATION -> RunResult.needsReauthentication(message, RunCounts.none());
      case THROTTLED ->
          RunResult.throttled(
              org.exsync.domain.run.Side.CRM,
              failure.backoff() == null ? java.time.Duration.ZERO : failure.backoff(),
              message,
              RunCounts.none());
      default -> RunResult.failed(message, RunCounts.none());
    };
  }
}
