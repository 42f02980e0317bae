package org.exsync.consent.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.exsync.application.consent.ConsentFacade;
import org.exsync.infrastructure.oauth.AuthorizationStart;

/**
 * {@code start.xhtml}: the "Sign in with Microsoft 365" step for the invitation this browser
 * opened. The button sends the browser to Microsoft with a new state, nonce and PKCE challenge.
 */
@Named
@RequestScoped
public class StartPage {

  private static final Logger LOG = Logger.getLogger(StartPage.class.getName());

  @EJB private ConsentFacade consent;
  @Inject private RegistrationSession session;

  public void check() {
    if (session.invitationId().isEmpty()) {
      session.end(ResultKind.SESSION_EXPIRED, null);
      Navigation.toPage("result.xhtml");
    }
  }

  public void signIn() {
    Optional<Long> invitation = session.invitationId();
    if (invitation.isEmpty()) {
      session.end(ResultKind.SESSION_EXPIRED, null);
      Navigation.toPage("result.xhtml");
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
      Navigation.toPage("result.xhtml");
      return;
    }
    if (start.isEmpty()) {
      session.end(ResultKind.EXPIRED, null);
      Navigation.toPage("result.xhtml");
      return;
    }
    session.startSignIn(start.get());
    Navigation.redirect(start.get().url().toString());
  }
}
