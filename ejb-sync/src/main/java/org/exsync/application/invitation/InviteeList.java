package org.exsync.application.invitation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.exsync.application.AdminRole;
import org.exsync.domain.associate.Associate;
import org.exsync.domain.associate.AssociateRepository;
import org.exsync.domain.grant.Grant;
import org.exsync.domain.grant.GrantKind;
import org.exsync.domain.grant.GrantRepository;
import org.exsync.domain.grant.GrantStatus;
import org.exsync.domain.invitation.Invitation;
import org.exsync.domain.invitation.InvitationRepository;
import org.exsync.domain.invitation.InvitationStatus;

/**
 * Every associate with the state of its invitation and consent, for the Token Authentication
 * Manager's table. A consent Microsoft now refuses shows as needing re-authentication, whatever the
 * invitation said.
 */
@Stateless
@RolesAllowed(AdminRole.NAME)
public class InviteeList {

  @Inject private AssociateRepository associates;
  @Inject private InvitationRepository invitations;
  @Inject private GrantRepository grants;
  @Inject private Clock clock;

  /** Every associate by name, retired ones included. */
  public List<InviteeRow> list() {
    Instant now = clock.instant();
    return associates.listAll().stream().map(a -> row(a, now)).toList();
  }

  private InviteeRow row(Associate associate, Instant now) {
    Optional<Invitation> latest = invitations.listByAssociate(associate).stream().findFirst();
    String email = associate.getEmail().orElse("");
    if (latest.isEmpty()) {
      return new InviteeRow(
          associate.getId(),
          associate.getName(),
          associate.getUserName(),
          email,
          associate.isRetired(),
          InviteState.NEVER_INVITED,
          Optional.empty(),
          Optional.empty(),
          "",
          "");
    }
    Invitation invitation = latest.get();
    InviteState state = state(invitation, now);
    String reason = invitation.getFailureReason().orElse("");
    String acceptedAs = invitation.getAcceptedUpn().orElse("");
    if (state == InviteState.ACCEPTED && !acceptedAs.isEmpty()) {
      Optional<Grant> broken =
          grants.listByAccountUpn(acceptedAs, GrantKind.DELEGATED).stream()
              .findFirst()
              .filter(g -> g.getStatus() == GrantStatus.NEEDS_REAUTHENTICATION);
      if (broken.isPresent()) {
        state = InviteState.NEEDS_REAUTHENTICATION;
        reason = broken.get().getLastError().orElse("Microsoft refuses the consent");
      }
    }
    return new InviteeRow(
        associate.getId(),
        associate.getName(),
        associate.getUserName(),
        email,
        associate.isRetired(),
        state,
        Optional.of(invitation.getId()),
        invitation
            .getAcceptedAt()
            .or(invitation::getSentAt)
            .or(() -> Optional.of(invitation.getCreatedAt())),
        reason,
        acceptedAs);
  }

  private static InviteState state(Invitation invitation, Instant now) {
    InvitationStatus status = invitation.getStatus();
    if (!status.isFinal() && invitation.isExpiredAt(now)) {
      return InviteState.EXPIRED;
    }
    return switch (status) {
      case CREATED, REPLACED -> InviteState.CREATED;
      case SENT -> InviteState.SENT;
      case FAILED -> InviteState.FAILED;
      case OPENED -> InviteState.OPENED;
      case ACCEPTED -> InviteState.ACCEPTED;
      case EXPIRED -> InviteState.EXPIRED;
    };
  }
}
