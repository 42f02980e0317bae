package org.exsync.it;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.exsync.application.conflict.ConflictRow;
import org.exsync.application.settings.ExchangeConnectionSettings;

/**
 * A test-only window into the deployed application for the conflicts page's browser test: it makes
 * a real conflict of a demo user's appointment against the sandbox, waits until a run settled an
 * override, and reports what both sides hold. Deployed only by that test.
 */
@RunAs(AdminDescriptors.ROLE)
@WebServlet("/probe/*")
public class ConflictsProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Resource(lookup = "java:comp/UserTransaction")
  private UserTransaction transaction;

  private transient ExchangeConnectionSettings seeded;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    request.setCharacterEncoding("UTF-8");
    Map<String, String> answer;
    try {
      answer = answer(request);
    } catch (Exception | AssertionError e) {
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

  private Map<String, String> answer(HttpServletRequest request) throws Exception {
    String op = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    ConflictScenario scenario =
        new ConflictScenario(
            new ConflictScenario.User(
                Integer.parseInt(request.getParameter("associate")),
                request.getParameter("name"),
                request.getParameter("user"),
                request.getParameter("email"),
                request.getParameter("account")),
            transaction);
    Map<String, String> out = new LinkedHashMap<>();
    switch (op) {
      case "conflict" -> {
        synchronized (this) {
          if (seeded == null) {
            seeded = scenario.useServiceAccount();
          }
        }
        ConflictScenario.Made made = scenario.conflict(scenario.link(), TestData.unique());
        out.put("conflictId", String.valueOf(made.conflict().id()));
        out.put("crmId", made.crmId());
        out.put("exchangeId", made.exchangeId());
        out.put("crmSubject", made.crmSubject());
        out.put("exchangeSubject", made.exchangeSubject());
      }
      case "settled" -> {
        ConflictRow row = scenario.awaitSettled(Long.parseLong(request.getParameter("conflictId")));
        out.put("state", row.overrideState().name());
        out.put("note", row.note().orElse(""));
      }
      case "subjects" -> {
        out.put("crm", scenario.subjectInSuperOffice(request.getParameter("crmId")));
        out.put("exchange", scenario.subjectInExchange(request.getParameter("exchangeId")));
      }
      case "restore" -> {
        synchronized (this) {
          if (seeded != null) {
            scenario.restore(seeded);
            seeded = null;
          }
        }
      }
      default -> throw new IllegalArgumentException("No probe operation '" + op + "'");
    }
    return out;
  }
}
