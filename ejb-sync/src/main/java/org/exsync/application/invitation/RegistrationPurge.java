package org.exsync.application.invitation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.exsync.application.AdminRole;
import org.exsync.domain.associate.Associate;
import org.exsync.domain.associate.AssociateRepository;
import org.exsync.domain.grant.Grant;
import org.exsync.domain.grant.GrantKind;
import org.exsync.domain.grant.GrantRepository;
import org.exsync.domain.invitation.Invitation;
import org.exsync.domain.invitation.InvitationRepository;
import org.exsync.domain.link.SyncLinkRepository;
import org.exsync.domain.mailbox.MailboxRepository;

/**
 * "Delete registration": removes the associates' invitations and the consent records that linking
 * no longer needs. A delegated grant whose mailbox a sync link uses is kept, because the sync runs
 * on it; any other delegated grant the associates' registrations produced is deleted.
 */
@Stateless
@RolesAllowed(AdminRole.NAME)
public class RegistrationPurge {

  private static final Logger LOG = Logger.getLogger(RegistrationPurge.class.getName());

  @Inject private AssociateRepository associates;
  @Inject private InvitationRepository invitations;
  @Inject private GrantRepository grants;
  @Inject private MailboxRepository mailboxes;
  @Inject private SyncLinkRepository links;

  public PurgeReport deleteRegistration(List<Long> associateIds) {
    int removedInvitations = 0;
    List<String> removed = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    for (long id : associateIds) {
      Optional<Associate> associate = associates.findById(id);
      if (associate.isEmpty()) {
        continue;
      }
      for (Invitation invitation : invitations.listByAssociate(associate.get())) {
        invitation.getAcceptedUpn().ifPresent(upn -> purgeGrants(upn, removed, kept));
        invitations.remove(invitation);
        removedInvitations++;
      }
    }
    PurgeReport report = new PurgeReport(removedInvitations, removed, kept);
    LOG.info(() -> "Registration deleted: " + report);
    return report;
  }

  private void purgeGrants(String upn, List<String> removed, List<String> kept) {
    boolean linked =
        mailboxes.findBySmtpAddress(upn).map(m -> !links.listByMailbox(m).isEmpty()).orElse(false);
    for (Grant grant : grants.listByAccountUpn(upn, GrantKind.DELEGATED)) {
      String mailbox = grant.getMailbox().getSmtpAddress();
      if (linked) {
        if (!kept.contains(mailbox)) {
          kept.add(mailbox);
        }
      } else {
        grants.remove(grant);
        removed.add(mailbox);
      }
    }
  }
}
