package org.exsync.sandbox.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.exsync.sandbox.http.SimHandler;
import org.exsync.sandbox.http.SimRequest;
import org.exsync.sandbox.http.SimResponse;

/**
 * Serves one simulator's {@link SimHandler} from Payara: the servlet's mapping is the simulator's
 * mount point, so {@code /sandbox/ews/EWS/Exchange.asmx} reaches the EWS simulator as {@code
 * /EWS/Exchange.asmx}.
 */
public final class SimulatorServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private final transient SimHandler handler;

  public SimulatorServlet(SimHandler handler) {
    this.handler = handler;
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    SimResponse answer = handler.handle(toSimRequest(request));
    if (answer.dropConnection()) {
      // A servlet cannot close the socket itself; promising a body and sending none makes the
      // client see the connection end early, which is what a dropped connection looks like.
      response.setStatus(200);
      response.setHeader("Connection", "close");
      response.setContentLength(1024);
      response.flushBuffer();
      throw new IOException("Sandbox fault: connection dropped on purpose");
    }
    response.setStatus(answer.status());
    answer.headers().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
    if (answer.body().length > 0) {
      response.setContentLength(answer.body().length);
      try (OutputStream out = response.getOutputStream()) {
        out.write(answer.body());
      }
    }
  }

  private static SimRequest toSimRequest(HttpServletRequest request) throws IOException {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.put(name, new ArrayList<>(Collections.list(request.getHeaders(name))));
    }
    String mount = request.getContextPath() + request.getServletPath();
    String path = request.getRequestURI().substring(mount.length());
    String base =
        request.getScheme()
            + "://"
            + request.getServerName()
            + ":"
            + request.getServerPort()
            + mount;
    return new SimRequest(
        request.getMethod(),
        path.isEmpty() ? "/" : path,
        request.getQueryString(),
        headers,
        request.getInputStream().readAllBytes(),
        base,
        request.getRemoteAddr());
  }
}
