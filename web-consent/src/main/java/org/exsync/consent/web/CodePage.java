package org.exsync.consent.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.exsync.application.consent.ConsentFacade;
import org.exsync.application.consent.RegistrationStep;

/**
 * {@code code.xhtml}: for users who type their e-mail address and the code from the invitation or
 * from the administrator. A wrong pair, an unknown address and a locked invitation all get the same
 * words, so the page never tells whether an address was invited.
 */
@Named
@RequestScoped
public class CodePage {

  static final String REFUSED =
      "The e-mail address and the code do not match an open invitation. Check both and try again.";

  @EJB private ConsentFacade consent;
  @Inject private RegistrationSession session;

  private String email;
  private String code;

  public void submit() {
    FacesContext faces = FacesContext.getCurrentInstance();
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    RegistrationStep step = consent.openByCode(email, code, ClientAddress.of(request));
    switch (step.status()) {
      case OPEN -> {
        session.bind(step, request);
        Navigation.toPage("start.xhtml");
      }
      case NOT_FOUND ->
          faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, REFUSED, null));
      case EXPIRED, ALREADY_USED, REPLACED, TOO_MANY_ATTEMPTS -> {
        session.end(ResultKind.of(step.status()), null);
        Navigation.toPage("result.xhtml");
      }
    }
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
