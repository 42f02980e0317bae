package org.exsync.consent.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Redirects from page beans: pages below the application, or an absolute URL (Microsoft). */
final class Navigation {

  private Navigation() {}

  static void toPage(String page) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    redirect(external.getRequestContextPath() + "/" + page);
  }

  static void redirect(String url) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().redirect(url);
      faces.responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
