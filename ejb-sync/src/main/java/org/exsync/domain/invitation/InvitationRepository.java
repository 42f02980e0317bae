package org.exsync.domain.invitation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.exsync.domain.associate.Associate;

/** The invitations Exsync has issued. */
public interface InvitationRepository {

  Optional<Invitation> findById(long id);

  Optional<Invitation> findByLinkToken(String linkToken);

  /** The invitation with this code, typed in any case. */
  Optional<Invitation> findByCode(String code);

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
