package org.exsync.consent.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code start.xhtml}: the "Sign in with Microsoft 365" step for the invitation this browser
 * opened. The button is a link to {@link SignInServlet} carrying this session's token: a link,
 * because the page's Content-Security-Policy ({@code form-action 'self'}) would stop a form whose
 * answer redirects to Microsoft.
 */
@Named
@RequestScoped
public class StartPage {

  @Inject private RegistrationSession session;

  public void check() {
    if (session.invitationId().isEmpty()) {
      session.end(ResultKind.SESSION_EXPIRED, null);
      Navigation.toPage("result.xhtml");
    }
  }
}
