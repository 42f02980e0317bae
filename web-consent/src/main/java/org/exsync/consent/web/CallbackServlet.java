package org.exsync.consent.web;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;
import org.exsync.application.consent.CallbackAnswer;
import org.exsync.application.consent.ConsentFacade;
import org.exsync.application.consent.ConsentOutcome;
import org.exsync.infrastructure.oauth.AuthorizationStart;

/**
 * The redirect URI registered with Entra. MSAL4J asks for form_post, which arrives as a POST and is
 * relayed to a GET (see {@link CallbackRelay}); a query answer arrives as a GET directly. Either
 * way the answer is completed against this session's sign-in, whose state and code verifier are
 * used once, and the browser is sent to the page of the ending.
 */
@WebServlet("/callback")
public class CallbackServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(CallbackServlet.class.getName());

  @EJB private ConsentFacade consent;
  @Inject private RegistrationSession session;
  @Inject private CallbackRelay relay;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String key = relay.hold(answer(request));
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getContextPath() + "/callback?relay=" + key);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<CallbackAnswer> answer =
        request.getParameter("relay") != null
            ? relay.take(request.getParameter("relay"))
            : Optional.of(answer(request));
    Optional<Long> invitation = session.invitationId();
    Optional<AuthorizationStart> pending = session.takePending();
    if (answer.isEmpty() || invitation.isEmpty() || pending.isEmpty()) {
      LOG.warning("A sign-in callback without a sign-in under way in its session was refused");
      session.end(ResultKind.SESSION_EXPIRED, null);
    } else {
      ConsentOutcome outcome = consent.complete(invitation.get(), pending.get(), answer.get());
      session.end(ResultKind.of(outcome.result()), outcome.signedInAs());
      if (outcome.result() == ConsentOutcome.Result.FAILED) {
        LOG.warning(
            "Reference "
                + session.getReference()
                + ": sign-in for invitation "
                + invitation.get()
                + " failed a check ("
                + answer.get()
                + ")");
      }
    }
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getContextPath() + "/result.xhtml");
  }

  private static CallbackAnswer answer(HttpServletRequest request) {
    return new CallbackAnswer(
        request.getParameter("code"),
        request.getParameter("state"),
        request.getParameter("error"),
        request.getParameter("error_description"));
  }
}
