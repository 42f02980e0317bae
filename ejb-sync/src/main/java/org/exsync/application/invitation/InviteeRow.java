package org.exsync.application.invitation;

import java.time.Instant;
import java.util.Optional;

/**
 * An associate in the Token Authentication Manager: the e-mail address SuperOffice holds, and the
 * state of the latest invitation or of the consent it led to.
 *
 * @param associateId Exsync's id of the associate
 * @param name the associate's name
 * @param userName the SuperOffice login
 * @param email the address SuperOffice holds; empty when it holds none
 * @param retired whether SuperOffice no longer lists the associate
 * @param state the invitation or consent state
 * @param invitationId the latest invitation, if any
 * @param changedAt when the state last changed: invited, sent or accepted
 * @param reason why a mail failed or the grant broke; empty otherwise
 * @param acceptedAs the account that accepted the invitation, if any
 */
public record InviteeRow(
    long associateId,
    String name,
    String userName,
    String email,
    boolean retired,
    InviteState state,
    Optional<Long> invitationId,
    Optional<Instant> changedAt,
    String reason,
    String acceptedAs) {

  public boolean hasEmail() {
    return !email.isEmpty();
  }
}
