package org.exsync.application.link;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.exsync.application.AdminRole;
import org.exsync.domain.associate.Associate;
import org.exsync.domain.associate.AssociateRepository;
import org.exsync.domain.grant.Grant;
import org.exsync.domain.grant.GrantKind;
import org.exsync.domain.grant.GrantRepository;
import org.exsync.domain.grant.GrantStatus;
import org.exsync.domain.grant.SignedInAccount;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.link.SyncLinkRepository;
import org.exsync.domain.mailbox.Mailbox;
import org.exsync.domain.mailbox.MailboxRepository;

/**
 * "Load external users": the mailboxes whose users consented (a delegated grant that was not
 * revoked), each with the associate it matches by e-mail, and the associates still free to link.
 */
@Stateless
@RolesAllowed(AdminRole.NAME)
public class ExternalUsers {

  @Inject private MailboxRepository mailboxes;
  @Inject private GrantRepository grants;
  @Inject private AssociateRepository associates;
  @Inject private SyncLinkRepository links;

  /** The consented users, unlinked ones first, then by address. */
  public List<ExternalUser> list() {
    List<ExternalUser> users = new ArrayList<>();
    for (Mailbox mailbox : mailboxes.listAll()) {
      Optional<Grant> consent =
          grants.listByMailbox(mailbox).stream()
              .filter(g -> g.getKind() == GrantKind.DELEGATED)
              .filter(g -> g.getStatus() != GrantStatus.REVOKED)
              .findFirst();
      consent.ifPresent(grant -> users.add(user(mailbox, grant)));
    }
    users.sort(
        Comparator.comparing(ExternalUser::isLinked).thenComparing(ExternalUser::smtpAddress));
    return users;
  }

  /** Associates not linked yet and not retired, by name. */
  public List<AssociateChoice> unlinkedAssociates() {
    return associates.listAll().stream()
        .filter(a -> !a.isRetired())
        .filter(a -> links.findByAssociate(a).isEmpty())
        .map(a -> new AssociateChoice(a.getId(), a.getName(), a.getEmail().orElse("")))
        .toList();
  }

  private ExternalUser user(Mailbox mailbox, Grant grant) {
    String signedInAs = grant.getAccount().map(SignedInAccount::getUpn).orElse("");
    Optional<String> linkedTo =
        links.listByMailbox(mailbox).stream()
            .findFirst()
            .map(SyncLink::getAssociate)
            .map(Associate::getName);
    Optional<Associate> match = match(mailbox.getSmtpAddress(), signedInAs);
    return new ExternalUser(
        mailbox.getId(),
        mailbox.getSmtpAddress(),
        signedInAs,
        grant.getStatus(),
        grant.getUpdatedAt(),
        match.map(Associate::getId),
        match.map(Associate::getName).orElse(""),
        linkedTo);
  }

  /** The one active associate whose SuperOffice address is the mailbox's or the account's. */
  private Optional<Associate> match(String smtpAddress, String signedInAs) {
    Set<Associate> candidates = new LinkedHashSet<>(associates.listByEmail(smtpAddress));
    if (!signedInAs.isEmpty()) {
      candidates.addAll(associates.listByEmail(signedInAs));
    }
    List<Associate> active = candidates.stream().filter(a -> !a.isRetired()).toList();
    return active.size() == 1 ? Optional.of(active.get(0)) : Optional.empty();
  }
}
