package org.exsync.consent.web;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.exsync.application.consent.ConsentFacade;
import org.exsync.infrastructure.oauth.AuthorizationStart;

/**
 * {@code signin?s=<session token>}: starts the sign-in for this session's invitation with a new
 * state, nonce and PKCE challenge, keeps them in the session and sends the browser to Microsoft. A
 * link without this session's token (planted on another site) leads nowhere.
 */
@WebServlet("/signin")
public class SignInServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SignInServlet.class.getName());

  @EJB private ConsentFacade consent;
  @Inject private RegistrationSession session;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) {
    Optional<Long> invitation = session.invitationId();
    if (invitation.isEmpty() || !session.signInTokenMatches(request.getParameter("s"))) {
      session.end(ResultKind.SESSION_EXPIRED, null);
      toResult(request, response);
      return;
    }
    Optional<AuthorizationStart> start;
    try {
      start = consent.startSignIn(invitation.get());
    } catch (RuntimeException e) {
      session.end(ResultKind.FAILED, null);
      LOG.log(
          Level.SEVERE,
          "Reference " + session.getReference() + ": the sign-in could not be started",
          e);
      toResult(request, response);
      return;
    }
    if (start.isEmpty()) {
      session.end(ResultKind.EXPIRED, null);
      toResult(request, response);
      return;
    }
    session.startSignIn(start.get());
    response.setStatus(HttpServletResponse.SC_FOUND);
    response.setHeader("Location", start.get().url().toString());
  }

  private static void toResult(HttpServletRequest request, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getContextPath() + "/result.xhtml");
  }
}
