package org.exsync.application.consent;

import java.util.Optional;
import org.exsync.domain.invitation.InvitationPurpose;

/**
 * What opening the registration with a link or a code led to: an open invitation to sign in for, or
 * the reason there is none, in terms the page is chosen by.
 *
 * @param status what happened
 * @param invitationId the invitation to sign in for, when open
 * @param name the associate's name, to greet them, when open
 * @param email the invited address, when open
 * @param purpose first consent or re-authentication, when open
 */
public record RegistrationStep(
    Status status,
    Optional<Long> invitationId,
    Optional<String> name,
    Optional<String> email,
    Optional<InvitationPurpose> purpose) {

  /** The outcomes a person can meet. */
  public enum Status {
    OPEN,
    /** No such link, or the typed address and code do not belong together (one text for all). */
    NOT_FOUND,
    EXPIRED,
    ALREADY_USED,
    /** A newer invitation took this one's place. */
    REPLACED,
    /** This client address failed too often; it may try again later. */
    TOO_MANY_ATTEMPTS
  }

  static RegistrationStep open(
      long invitationId, String name, String email, InvitationPurpose purpose) {
    return new RegistrationStep(
        Status.OPEN,
        Optional.of(invitationId),
        Optional.of(name),
        Optional.of(email),
        Optional.of(purpose));
  }

  static RegistrationStep refused(Status status) {
    return new RegistrationStep(
        status, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
