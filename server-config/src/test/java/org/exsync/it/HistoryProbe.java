package org.exsync.it;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import org.exsync.application.connection.CrmConnection;
import org.exsync.application.scheduling.LinkStatusQuery;
import org.exsync.application.scheduling.RankAdministration;
import org.exsync.application.scheduling.RunControl;
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
import org.exsync.domain.rank.RankRepository;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.ShowAs;
import org.exsync.engine.port.CrmGateway;
import org.exsync.engine.port.CrmScope;
import org.exsync.engine.port.Outcome;
import org.exsync.engine.port.SyncWindow;

/**
 * A test-only servlet for the item history's browser test: links a demo user's diary through the
 * sandbox's service account, puts a new appointment in its SuperOffice diary and syncs it once, so
 * the page has a real history to show. Answers {@code linkId=} and {@code crmId=} lines.
 */
@RunAs(AdminDescriptors.ROLE)
@WebServlet("/history-probe/*")
public class HistoryProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Duration PATIENCE = Duration.ofMinutes(3);

  @Inject private ConnectionSettingsService connections;
  @Inject private AssociateRepository associates;
  @Inject private MailboxRepository mailboxes;
  @Inject private RankRepository ranks;
  @Inject private SyncLinkRepository links;
  @Inject private RankAdministration rankAdministration;
  @Inject private RunControl runControl;
  @Inject private LinkStatusQuery status;
  @Inject private CrmConnection crm;

  @Resource(lookup = "java:comp/UserTransaction")
  private UserTransaction transaction;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    request.setCharacterEncoding("UTF-8");
    ExchangeConnectionSettings seeded = connections.exchange();
    try {
      connections.updateExchange(
          new ExchangeConnectionSettings(
              seeded.ewsUrl(),
              ExchangeConnectionSettings.AuthMode.SERVICE_ACCOUNT,
              request.getParameter("serviceAccount"),
              "",
              true));
      long linkId = new Transactions(transaction).inNew(() -> link(request));
      int associate = Integer.parseInt(request.getParameter("associate"));
      String crmId = appointment(associate, request.getParameter("subject"));
      Instant asked = Instant.now();
      runControl.syncNow(linkId);
      awaitRunAfter(linkId, asked.minusSeconds(1));
      response.setContentType("text/plain; charset=utf-8");
      response.getWriter().write("linkId=" + linkId + "\ncrmId=" + crmId);
    } catch (Exception e) {
      response.setStatus(500);
      response.getWriter().write("error=" + e);
    } finally {
      connections.updateExchange(seeded);
    }
  }

  private long link(HttpServletRequest request) {
    int crmId = Integer.parseInt(request.getParameter("associate"));
    String email = request.getParameter("email");
    Associate associate =
        associates
            .findByCrmId(crmId)
            .orElseGet(
                () -> {
                  Associate fresh =
                      new Associate(
                          crmId,
                          request.getParameter("name"),
                          request.getParameter("user"),
                          email,
                          AssociateType.EMPLOYEE);
                  associates.add(fresh);
                  return fresh;
                });
    return links
        .findByAssociate(associate)
        .map(SyncLink::getId)
        .orElseGet(
            () -> {
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
                  new SyncLink(
                      associate,
                      mailbox,
                      EnumSet.of(ItemKind.DIARY),
                      ranks.findById(rankAdministration.defaultRank().id()).orElseThrow(),
                      Instant.now());
              links.add(link);
              return link.getId();
            });
  }

  private String appointment(int associate, String subject) {
    CrmGateway gateway = done(crm.gateway());
    ZoneId zone = done(gateway.baseZone());
    Instant start = Instant.now().plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.HOURS);
    AppointmentItem item =
        new AppointmentItem(
            subject,
            "",
            "",
            start,
            start.plus(Duration.ofHours(1)),
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
            associate,
            new SyncWindow(start.minus(Duration.ofDays(1)), start.plus(Duration.ofDays(1))));
    return done(done(gateway.create(diary, List.of(item))).get(0)).id();
  }

  private void awaitRunAfter(long linkId, Instant after) throws InterruptedException {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      boolean finished =
          status.runs(linkId, 5).stream()
              .anyMatch(run -> run.startedAt().isAfter(after) && run.finishedAt().isPresent());
      if (finished) {
        return;
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("No run of link " + linkId + " finished within " + PATIENCE);
  }

  private static <T> T done(Outcome<T> outcome) {
    if (!outcome.isDone()) {
      throw new IllegalStateException(outcome.failure().orElseThrow().toString());
    }
    return outcome.value();
  }
}
