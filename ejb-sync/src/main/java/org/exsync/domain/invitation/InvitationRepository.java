package org.exsync.domain.invitation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.exsync.domain.associate.Associate;

/** The invitations Exsync has issued. */
public interface InvitationRepository {

  Optional<Invitation> findById(long id);

  /** The invitation, locked against other transactions until this one ends (a row lock). */
  Optional<Invitation> lockById(long id);

  Optional<Invitation> findByLinkToken(String linkToken);

  /** The invitation with this code, typed in any case. */
  Optional<Invitation> findByCode(String code);

  /** Invitations sent to this address, in any case, newest first. */
  List<Invitation> listByEmail(String email);

  /** Invitations whose mail is due at now, longest waiting first, at most max of them. */
  List<Invitation> listMailDueAt(Instant now, int max);

  /** Deletes the invitation. */
  void remove(Invitation invitation);

  /** An associate's invitations, newest first. */
  List<Invitation> listByAssociate(Associate associate);

  /** Invitations not yet accepted, expired or replaced whose expiry has been reached at now. */
  List<Invitation> listOpenExpiredAt(Instant now);

  /**
   * Stores a new invitation.
   *
   * @throws org.exsync.domain.DuplicateEntityException if its link token or code is taken
   */
  void add(Invitation invitation);
}
