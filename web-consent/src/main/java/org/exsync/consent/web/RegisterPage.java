package org.exsync.consent.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.exsync.application.consent.ConsentFacade;
import org.exsync.application.consent.RegistrationStep;

/**
 * {@code register.xhtml?t=<link token>}: opens the invitation of the mailed link and moves on to
 * the sign-in step at once, so the token leaves the address bar and the browser history.
 */
@Named
@RequestScoped
public class RegisterPage {

  @EJB private ConsentFacade consent;
  @Inject private RegistrationSession session;

  private String token;

  public void open() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    RegistrationStep step = consent.openByLink(token, ClientAddress.of(request));
    if (step.status() == RegistrationStep.Status.OPEN) {
      session.bind(step, request);
      Navigation.toPage("start.xhtml");
    } else {
      session.end(ResultKind.of(step.status()), null);
      Navigation.toPage("result.xhtml");
    }
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
