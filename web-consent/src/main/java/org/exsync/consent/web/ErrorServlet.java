package org.exsync.consent.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The page of an unexpected failure: logs the exception with a reference and shows the person only
 * a safe text and that reference, never a stack trace.
 */
@WebServlet("/failure")
public class ErrorServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ErrorServlet.class.getName());

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String reference = RegistrationSession.newReference();
    Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    LOG.log(
        Level.SEVERE,
        "Reference "
            + reference
            + ": the registration page "
            + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
            + " failed",
        failure instanceof Throwable t ? t : null);
    response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    response.setContentType("text/html; charset=utf-8");
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Please try again later</title></head><body id=\"failure\">"
                + "<h1>Please try again later</h1><p>The registration could not be completed just"
                + " now. Please try again in a few minutes, or contact your administrator and"
                + " quote this reference: <strong id=\"reference\">"
                + reference
                + "</strong></p></body></html>");
  }
}
