package org.exsync.application.invitation;

/**
 * Where an associate stands with Exsync's consent, as the Token Authentication Manager shows it.
 */
public enum InviteState {
  NEVER_INVITED("Never invited"),
  /** Invited; the mail waits in the queue or the code is handed out by other means. */
  CREATED("Invited, not mailed"),
  SENT("Sent"),
  FAILED("Mail failed"),
  OPENED("Opened"),
  ACCEPTED("Accepted"),
  EXPIRED("Expired"),
  /** Accepted once, but Microsoft refuses the grant now; the user must consent again. */
  NEEDS_REAUTHENTICATION("Needs re-authentication");

  private final String label;

  InviteState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
