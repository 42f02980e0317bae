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
import org.exsync.application.settings.ConnectionSettingsService;
import org.exsync.domain.associate.Associate;
import org.exsync.domain.associate.AssociateRepository;
import org.exsync.domain.associate.AssociateType;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.link.SyncLinkRepository;
import org.exsync.domain.mailbox.Mailbox;
import org.exsync.domain.mailbox.MailboxKind;
import org.exsync.domain.mailbox.MailboxRepository;
import org.exsync.domain.rank.Rank;
import org.exsync.domain.rank.RankRepository;
import org.exsync.domain.shared.ItemKind;

/**
 * A test-only window for {@link RanksPageIT}: links a demo user in the default rank, as the Users
 * page would after the user's consent, so the browser test can move the user between ranks.
 */
@RunAs(AdminDescriptors.ROLE)
@WebServlet("/ranks/link")
public class RanksProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private AssociateRepository associates;
  @Inject private MailboxRepository mailboxes;
  @Inject private SyncLinkRepository links;
  @Inject private RankRepository ranks;
  @Inject private ConnectionSettingsService connections;

  @Resource(lookup = "java:comp/UserTransaction")
  private UserTransaction transaction;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    request.setCharacterEncoding("UTF-8");
    try {
      String answer = new Transactions(transaction).inNew(() -> link(request));
      response.setContentType("text/plain;charset=UTF-8");
      response.getWriter().write(answer);
    } catch (Exception e) {
      response.setStatus(500);
      response.getWriter().write("error=" + e);
    }
  }

  private String link(HttpServletRequest request) {
    int crmId = Integer.parseInt(request.getParameter("crmId"));
    String email = request.getParameter("email");
    Rank byDefault = ranks.findDefault().orElseThrow();
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
                          associate, mailbox, EnumSet.of(ItemKind.DIARY), byDefault, Instant.now());
                  links.add(fresh);
                  return fresh;
                });
    link.assignRank(byDefault);
    return "linkId=" + link.getId() + "\nrank=" + byDefault.getName() + "\n";
  }
}
