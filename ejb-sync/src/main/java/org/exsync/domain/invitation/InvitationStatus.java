package org.exsync.domain.invitation;

/** Where an invitation is in its life. */
public enum InvitationStatus {
  CREATED,
  SENT,
  /** The mail could not be sent; the code may still be handed over by other means. */
  FAILED,
  /** The associate opened the registration page with the link or the code. */
  OPENED,
  ACCEPTED,
  EXPIRED,
  /** A newer invitation for the same associate took its place. */
  REPLACED;

  /** Whether the invitation can no longer change. */
  public boolean isFinal() {
    return this == ACCEPTED || this == EXPIRED || this == REPLACED;
  }
}
