package org.exsync.admin.web;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.exsync.application.link.ConcurrentEditException;
import org.exsync.application.scheduling.SchedulingRefusal;
import org.exsync.domain.DuplicateEntityException;

/**
 * Tells the admin how an action went: a toast for the page, a message beside a field. A service's
 * refusal (bad input, a duplicate, another admin's edit, a refused rank change) is shown in its own
 * words; anything else is logged with a reference and shown as that reference only.
 */
final class Feedback {

  private static final Logger LOG = Logger.getLogger(Feedback.class.getName());

  private Feedback() {}

  static void info(String summary, String detail) {
    add(null, FacesMessage.SEVERITY_INFO, summary, detail);
  }

  static void warn(String summary, String detail) {
    add(null, FacesMessage.SEVERITY_WARN, summary, detail);
  }

  static void error(String summary, String detail) {
    add(null, FacesMessage.SEVERITY_ERROR, summary, detail);
  }

  /** An error beside the field with this client id, and the page marked as failed validation. */
  static void fieldError(String clientId, String text) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text, text);
    FacesContext.getCurrentInstance().validationFailed();
  }

  /** Reports what a service call threw: its message when it is a refusal, else a reference. */
  static void failure(String action, RuntimeException thrown) {
    error(action + " did not work.", explain(thrown));
  }

  /** The admin's words for what a service threw. */
  static String explain(RuntimeException thrown) {
    Throwable cause = thrown;
    while (cause instanceof EJBException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof IllegalArgumentException
        || cause instanceof IllegalStateException
        || cause instanceof DuplicateEntityException
        || cause instanceof ConcurrentEditException
        || cause instanceof SchedulingRefusal) {
      return cause.getMessage();
    }
    if (hasCause(thrown, OptimisticLockException.class)) {
      return "Someone else changed the same data at the same moment; nothing was saved. Reload"
          + " the page and try again.";
    }
    String reference = Long.toString(System.nanoTime(), 36).toUpperCase(java.util.Locale.ROOT);
    LOG.log(Level.WARNING, "Admin action failed, reference " + reference, thrown);
    return "An unexpected error occurred (reference " + reference + " in the server log).";
  }

  private static boolean hasCause(Throwable thrown, Class<? extends Throwable> type) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static void add(String clientId, FacesMessage.Severity severity, String s, String d) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, s, d));
  }
}
