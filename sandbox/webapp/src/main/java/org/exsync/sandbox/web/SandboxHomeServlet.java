package org.exsync.sandbox.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.function.Supplier;
import org.exsync.sandbox.data.SandboxWorld;
import org.exsync.sandbox.data.SeedSelection;
import org.exsync.sandbox.data.SeedUser;
import org.exsync.sandbox.data.WorldGenerator;
import org.exsync.sandbox.http.Html;

/**
 * The sandbox's front page: where each simulated service answers and who the demo users are, so a
 * newcomer can point Exsync at the sandbox and sign in as one of them.
 */
final class SandboxHomeServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private final transient Supplier<SandboxWorld> world;

  SandboxHomeServlet(Supplier<SandboxWorld> world) {
    this.world = world;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    // Mapped as the default servlet: only the context root is the overview, anything else is 404.
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!path.isEmpty() && !path.equals("/")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    SandboxWorld current = world.get();
    String base =
        request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
    String https = "https://" + request.getServerName() + ":" + (request.getServerPort() + 1);
    String context = request.getContextPath();
    response.setContentType("text/html; charset=utf-8");
    response.setHeader("Cache-Control", "no-store");
    PrintWriter out = response.getWriter();
    out.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
    out.println("<title>Exsync sandbox</title><style>");
    out.println(
        "body{font-family:system-ui,sans-serif;margin:2rem;color:#1f2933}table{border-collapse:collapse}"
            + "td,th{border-bottom:1px solid #d9e2ec;padding:.3rem .7rem;text-align:left}"
            + "code{background:#f0f4f8;padding:0 .3rem}h1{margin-bottom:.2rem}");
    out.println("</style></head><body><h1>Exsync sandbox</h1>");
    out.println(
        "<p>Simulated Exchange, SuperOffice and Microsoft sign-in for the demo. Nothing here is a real"
            + " service; every user signs in with the password <code>"
            + Html.text(WorldGenerator.PASSWORD)
            + "</code>.</p>");
    out.println("<h2>Endpoints</h2><table>");
    row(out, "Exchange (EWS)", base + context + "/ews/EWS/Exchange.asmx");
    row(out, "SuperOffice Web API", base + context + "/superoffice/api/v1/");
    row(
        out,
        "Microsoft sign-in (authority)",
        https + context + "/identity/" + current.tenantId() + "/");
    row(
        out,
        "Control API",
        base + context + "/control/{ews|superoffice|identity}/{counters|faults}");
    row(out, "Tenant", current.tenantId() + " (" + current.domain() + ")");
    row(out, "SuperOffice base time zone", current.crmBaseZone().getId());
    out.println("</table>");
    out.println("<h2>Users</h2><table><tr><th>Name</th><th>Mailbox and sign-in</th>");
    out.println("<th>E-mail in SuperOffice</th><th>Associate</th><th>Time zone</th><th></th></tr>");
    for (SeedUser user : current.users()) {
      out.println(
          "<tr><td>"
              + Html.text(user.fullName())
              + "</td><td>"
              + Html.text(user.email())
              + "</td><td>"
              + (user.crmEmail().isEmpty() ? "<em>none</em>" : Html.text(user.crmEmail()))
              + "</td><td>"
              + user.associateId()
              + " ("
              + Html.text(user.userName())
              + ")</td><td>"
              + user.zone().getId()
              + "</td><td>"
              + (user.retired() ? "retired" : "")
              + "</td></tr>");
    }
    out.println(
        "</table><h2>Selections</h2><table><tr><th>Id</th><th>Name</th><th>Members</th></tr>");
    for (SeedSelection selection : current.selections()) {
      out.println(
          "<tr><td>"
              + selection.selectionId()
              + "</td><td>"
              + Html.text(selection.name())
              + "</td><td>"
              + selection.memberPersonIds().size()
              + "</td></tr>");
    }
    out.println("</table></body></html>");
  }

  private static void row(PrintWriter out, String name, String value) {
    out.println(
        "<tr><th>" + Html.text(name) + "</th><td><code>" + Html.text(value) + "</code></td></tr>");
  }
}
