package org.exsync.admin.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Accepts an absolute http or https URL with a host, and says what is wrong otherwise. */
@FacesValidator("exsync.httpUrl")
public class HttpUrlValidator implements Validator<Object> {

  @Override
  public void validate(FacesContext context, UIComponent component, Object value) {
    if (value == null || value.toString().isBlank()) {
      return;
    }
    String text = value.toString().strip();
    String problem = problem(text);
    if (problem != null) {
      throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, problem));
    }
  }

  /** Why the text is not an http(s) URL, or null when it is one. */
  static String problem(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return "'" + text + "' is not a web address: it must start with https:// (or http://)";
      }
      if (uri.getHost() == null || uri.getHost().isBlank()) {
        return "'" + text + "' has no server name after " + scheme + "://";
      }
      return null;
    } catch (URISyntaxException e) {
      return "'" + text + "' is not a valid URL: " + e.getReason();
    }
  }
}
