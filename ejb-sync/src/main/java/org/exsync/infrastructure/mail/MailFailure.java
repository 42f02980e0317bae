package org.exsync.infrastructure.mail;

/**
 * A mail was not accepted. The message is what the SMTP server or Jakarta Mail said, for the admin;
 * {@link #isPermanent()} tells whether trying again can help (a 5xx reply or an invalid address).
 */
public class MailFailure extends Exception {

  private static final long serialVersionUID = 1L;

  private final boolean permanent;

  public MailFailure(String message, boolean permanent, Throwable cause) {
    super(message, cause);
    this.permanent = permanent;
  }

  public boolean isPermanent() {
    return permanent;
  }
}
