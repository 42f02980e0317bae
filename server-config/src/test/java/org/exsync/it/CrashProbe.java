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
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.exsync.application.link.LinkAdminService;
import org.exsync.application.scheduling.LinkStatusQuery;
import org.exsync.application.scheduling.RankAdministration;
import org.exsync.application.scheduling.RunControl;
import org.exsync.application.scheduling.RunRecord;
import org.exsync.application.settings.ConnectionSettingsService;
import org.exsync.application.settings.CrmConnectionSettings;
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
import org.exsync.domain.shared.ItemKind;

/**
 * The crash test's window into the deployed application, a plain servlet rather than an Arquillian
 * test module so that it serves again by itself once the killed server is started again. It points
 * Exsync at simulators outside the server, links the test's user, and reports the link's runs and
 * mappings. Deployed only by {@link CrashRecoveryIT}.
 */
@RunAs(AdminDescriptors.ROLE)
@WebServlet("/crash/*")
public class CrashProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private ConnectionSettingsService connections;
  @Inject private AssociateRepository associates;
  @Inject private MailboxRepository mailboxes;
  @Inject private SyncLinkRepository links;
  @Inject private RankRepository ranks;
  @Inject private ItemMappingRepository mappings;
  @Inject private RankAdministration rankAdministration;
  @Inject private RunControl runControl;
  @Inject private LinkStatusQuery status;
  @Inject private LinkAdminService linkAdmin;

  @Resource(lookup = "java:comp/UserTransaction")
  private UserTransaction transaction;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    request.setCharacterEncoding("UTF-8");
    Map<String, String> answer;
    try {
      answer = new Transactions(transaction).inNew(() -> answer(request));
    } catch (Exception e) {
      response.setStatus(500);
      response.getWriter().write("error=" + e);
      return;
    }
    response.setContentType("text/plain; charset=utf-8");
    response
        .getWriter()
        .write(
            answer.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n")));
  }

  private Map<String, String> answer(HttpServletRequest request) {
    String op = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    Map<String, String> out = new LinkedHashMap<>();
    switch (op) {
      case "alive" -> out.put("alive", "true");
      case "connect" -> connect(request, out);
      case "link" -> out.put("linkId", String.valueOf(link(request)));
      case "runs" -> runs(Long.parseLong(request.getParameter("linkId")), out);
      case "quiet" -> out.put("disabled", quiet());
      case "wake" -> wake(request.getParameter("linkIds"));
      case "unlink" ->
          linkAdmin.unlink(
              Long.parseLong(request.getParameter("linkId")), SyncedItems.KEEP, "crash-test");
      default -> throw new IllegalArgumentException("No operation " + op);
    }
    return out;
  }

  /**
   * Points SuperOffice and Exchange at the given URLs, Exchange through the service account, and
   * answers the settings it replaced, so that the test can put them back.
   */
  private void connect(HttpServletRequest request, Map<String, String> out) {
    CrmConnectionSettings crm = connections.crm();
    ExchangeConnectionSettings exchange = connections.exchange();
    out.put("crm", crm.url());
    out.put("ews", exchange.ewsUrl());
    out.put("authMode", exchange.authMode().name());
    out.put("serviceAccount", exchange.serviceAccount());
    connections.updateCrm(
        new CrmConnectionSettings(
            crm.kind(),
            request.getParameter("crm"),
            crm.tenant(),
            crm.auth(),
            crm.userName(),
            crm.callsPerSecond(),
            crm.baseZone()));
    connections.updateExchange(
        new ExchangeConnectionSettings(
            request.getParameter("ews"),
            ExchangeConnectionSettings.AuthMode.valueOf(request.getParameter("authMode")),
            request.getParameter("serviceAccount"),
            exchange.serviceDomain(),
            exchange.impersonate()));
  }

  /**
   * Keeps the scheduler away from every link other tests left enabled, so that after the restart
   * only the test's link runs against the simulators; answers their ids for {@link #wake}.
   */
  private String quiet() {
    List<String> disabled = new java.util.ArrayList<>();
    for (SyncLink link : links.listAll()) {
      if (link.isEnabled()) {
        link.disable();
        disabled.add(String.valueOf(link.getId()));
      }
    }
    return String.join(",", disabled);
  }

  private void wake(String linkIds) {
    Instant now = Instant.now();
    for (String id : linkIds.split(",")) {
      if (!id.isBlank()) {
        links.findById(Long.parseLong(id)).ifPresent(link -> link.enable(now));
      }
    }
  }

  /** Links the associate's diary to its mailbox afresh, in the default rank, and syncs it now. */
  private long link(HttpServletRequest request) {
    int crmId = Integer.parseInt(request.getParameter("crmId"));
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
    links.findByAssociate(associate).ifPresent(links::remove); // left by an earlier run
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
    runControl.syncNow(link.getId());
    return link.getId();
  }

  /** The link's runs, newest first, as {@code outcome|finished|message}, and its diary mappings. */
  private void runs(long linkId, Map<String, String> out) {
    List<RunRecord> runs = status.runs(linkId, 20);
    out.put("runs", String.valueOf(runs.size()));
    for (int i = 0; i < runs.size(); i++) {
      RunRecord run = runs.get(i);
      out.put(
          "run." + i,
          run.outcome()
              + "|"
              + run.finishedAt().isPresent()
              + "|"
              + run.message().orElse("").replace('\n', ' '));
    }
    out.put(
        "mappings",
        String.valueOf(
            mappings.listByPair(new SyncPair(linkId, ItemKind.DIARY, "default")).size()));
  }
}
