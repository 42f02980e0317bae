package org.exsync.application.link;

import java.time.Instant;
import java.util.Optional;
import org.exsync.domain.grant.GrantStatus;

/**
 * A mailbox whose user consented, as "Load external users" lists it, with the associate it would be
 * linked to: the one whose SuperOffice e-mail address is the mailbox's or the signed-in account's,
 * when exactly one matches.
 *
 * @param mailboxId Exsync's id of the mailbox
 * @param smtpAddress the mailbox's address
 * @param signedInAs the account the user consented with
 * @param grantStatus whether the consent still works
 * @param consentedAt when the consent was last given or renewed
 * @param suggestedAssociateId the associate matching by e-mail, if exactly one does
 * @param suggestedAssociateName that associate's name, or empty
 * @param linkedTo the associate the mailbox is linked to already, by name, or empty
 */
public record ExternalUser(
    long mailboxId,
    String smtpAddress,
    String signedInAs,
    GrantStatus grantStatus,
    Instant consentedAt,
    Optional<Long> suggestedAssociateId,
    String suggestedAssociateName,
    Optional<String> linkedTo) {

  public boolean isLinked() {
    return linkedTo.isPresent();
  }

  /** Whether "link all exact matches" links this user. */
  public boolean isExactMatch() {
    return !isLinked() && suggestedAssociateId.isPresent();
  }
}
