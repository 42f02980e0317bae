package org.exsync.domain.invitation;

/** Why an associate is invited to the registration pages. */
public enum InvitationPurpose {
  /** The first consent. */
  INVITATION,
  /** The grant stopped working (password reset, revoked consent, inactivity); consent again. */
  REAUTHENTICATION
}
