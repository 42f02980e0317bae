package org.exsync.admin.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.exsync.application.SystemStatus;
import org.exsync.application.SystemStatusService;

/** The admin start page: is Exsync ready, and what is wrong if it is not. */
@Named
@ViewScoped
public class HomePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private SystemStatusService statusService;

  private SystemStatus status;

  public void load() {
    status = statusService.status();
  }

  public SystemStatus getStatus() {
    return status;
  }

  public String signOut() throws ServletException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ((HttpServletRequest) faces.getExternalContext().getRequest()).logout();
    faces.getExternalContext().invalidateSession();
    return "/index.xhtml?faces-redirect=true";
  }
}
