package org.exsync.it;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.exsync.application.SystemStatusService;
import org.exsync.application.conflict.ConflictReview;
import org.exsync.application.consent.ConsentFacade;
import org.exsync.application.history.ItemHistoryService;
import org.exsync.application.invitation.InvitationService;
import org.exsync.application.invitation.InviteeList;
import org.exsync.application.invitation.RegistrationPurge;
import org.exsync.application.link.ExternalUsers;
import org.exsync.application.link.LinkAdminService;
import org.exsync.application.link.LinkFilter;
import org.exsync.application.link.LinkedUsers;
import org.exsync.application.link.RunFigures;
import org.exsync.application.notification.NotificationService;
import org.exsync.application.scheduling.LinkStatusQuery;
import org.exsync.application.scheduling.RankAdministration;
import org.exsync.application.scheduling.RunControl;
import org.exsync.application.scheduling.SuperOfficeWebhooks;
import org.exsync.application.settings.ConnectionSettingsService;
import org.exsync.application.settings.SettingsService;
import org.exsync.domain.link.SyncedItems;

/**
 * A test-only window for {@link ServiceGuardIT}: calls one method of each application service the
 * admin console uses, and the methods that run without an admin, with the caller's identity, and
 * answers {@code name=refused} when the service refused the caller ({@link EJBAccessException}) or
 * {@code name=allowed} when the call got past the guard (whatever it then answered). Served at
 * {@code /guard} to anyone and at {@code /signed-in/guard} behind the admin's login; it is not
 * marked run-as, so the services see exactly the caller of the request.
 */
@WebServlet(urlPatterns = {"/guard", "/signed-in/guard"})
public class GuardProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** A link id no link has, so that the admin's calls change nothing. */
  private static final long NO_LINK = -1;

  @Inject private LinkedUsers linked;
  @Inject private LinkAdminService linkAdmin;
  @Inject private ExternalUsers external;
  @Inject private RunFigures figures;
  @Inject private RunControl runControl;
  @Inject private LinkStatusQuery status;
  @Inject private RankAdministration ranks;
  @Inject private ConflictReview conflicts;
  @Inject private ItemHistoryService history;
  @Inject private InvitationService invitations;
  @Inject private InviteeList invitees;
  @Inject private RegistrationPurge purge;
  @Inject private NotificationService notifications;
  @Inject private SystemStatusService system;
  @Inject private ConnectionSettingsService connections;
  @Inject private SettingsService settings;
  @Inject private SuperOfficeWebhooks webhooks;
  @Inject private ConsentFacade consent;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    StringBuilder answer = new StringBuilder();
    checks().forEach((name, call) -> answer.append(name).append('=').append(outcome(call)));
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().write(answer.toString());
  }

  /** The guarded calls first, then those that must stay open; none changes anything. */
  private Map<String, Callable<?>> checks() {
    Map<String, Callable<?>> checks = new LinkedHashMap<>();
    checks.put("guarded.LinkedUsers.list", () -> linked.list(LinkFilter.ALL));
    checks.put(
        "guarded.LinkAdminService.unlink",
        () -> {
          linkAdmin.unlink(NO_LINK, SyncedItems.KEEP, "guard probe");
          return null;
        });
    checks.put("guarded.ExternalUsers.unlinkedAssociates", () -> external.unlinkedAssociates());
    checks.put("guarded.RunFigures.lastDayByHour", () -> figures.lastDayByHour());
    checks.put("guarded.RunControl.syncNow", () -> runControl.syncNow(List.of()));
    checks.put("guarded.LinkStatusQuery.status", () -> status.status(NO_LINK));
    checks.put("guarded.RankAdministration.list", () -> ranks.list());
    checks.put("guarded.ConflictReview.users", () -> conflicts.users());
    checks.put("guarded.ItemHistoryService.search", () -> history.search(NO_LINK, "", null, 0, 1));
    checks.put("guarded.InvitationService.latestPerAssociate", invitations::latestPerAssociate);
    checks.put("guarded.InviteeList.list", () -> invitees.list());
    checks.put(
        "guarded.RegistrationPurge.deleteRegistration", () -> purge.deleteRegistration(List.of()));
    checks.put("guarded.NotificationService.settings", () -> notifications.settings());
    checks.put("guarded.SystemStatusService.status", () -> system.status());
    checks.put(
        "guarded.ConnectionSettingsService.updateCrm",
        () -> {
          connections.updateCrm(null);
          return null;
        });
    checks.put("guarded.SettingsService.entra", () -> settings.entra());
    checks.put(
        "guarded.SettingsService.updateNotifications",
        () -> {
          settings.updateNotifications(null);
          return null;
        });
    checks.put("open.ConnectionSettingsService.crm", () -> connections.crm());
    checks.put("open.ConnectionSettingsService.exchange", () -> connections.exchange());
    checks.put("open.SettingsService.registration", () -> settings.registration());
    checks.put("open.SettingsService.notifications", () -> settings.notifications());
    checks.put("open.SuperOfficeWebhooks.receive", () -> webhooks.receive(new byte[0], null));
    checks.put(
        "open.ConsentFacade.openByLink", () -> consent.openByLink("no-such-link", "guard-probe"));
    return checks;
  }

  private static String outcome(Callable<?> call) {
    try {
      call.call();
      return "allowed\n";
    } catch (Exception e) {
      return refused(e) ? "refused\n" : "allowed\n";
    }
  }

  private static boolean refused(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof EJBAccessException) {
        return true;
      }
    }
    return false;
  }
}
