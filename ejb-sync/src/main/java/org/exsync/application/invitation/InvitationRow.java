package org.exsync.application.invitation;

import java.time.Instant;
import java.util.Optional;
import org.exsync.domain.invitation.Invitation;
import org.exsync.domain.invitation.InvitationPurpose;
import org.exsync.domain.invitation.InvitationStatus;

/**
 * An invitation as the admin's list shows it: its state in the mail and registration life cycle,
 * the SMTP reason of a failed mail, a lockout, and the account that accepted it.
 */
public record InvitationRow(
    long invitationId,
    long associateId,
    String associateName,
    String email,
    InvitationPurpose purpose,
    InvitationStatus status,
    Instant createdAt,
    Optional<Instant> sentAt,
    Optional<Instant> openedAt,
    Optional<Instant> acceptedAt,
    Instant expiresAt,
    Optional<String> failureReason,
    Optional<Instant> lockedUntil,
    Optional<String> acceptedUpn,
    boolean acceptedWithOtherAddress) {

  static InvitationRow of(Invitation invitation, Instant now) {
    return new InvitationRow(
        invitation.getId(),
        invitation.getAssociate().getId(),
        invitation.getAssociate().getName(),
        invitation.getEmail(),
        invitation.getPurpose(),
        invitation.getStatus(),
        invitation.getCreatedAt(),
        invitation.getSentAt(),
        invitation.getOpenedAt(),
        invitation.getAcceptedAt(),
        invitation.getExpiresAt(),
        invitation.getFailureReason(),
        invitation.getCodeAttempts().lockedUntil().filter(now::isBefore),
        invitation.getAcceptedUpn(),
        invitation.acceptedWithOtherAddress());
  }
}
