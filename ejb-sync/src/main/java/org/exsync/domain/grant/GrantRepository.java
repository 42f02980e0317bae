package org.exsync.domain.grant;

import java.util.List;
import java.util.Optional;
import org.exsync.domain.mailbox.Mailbox;

/** The grants Exsync holds. */
public interface GrantRepository {

  Optional<Grant> findById(long id);

  /**
   * The grant, locked against other transactions until this one ends (a row lock in the database),
   * so that two threads or two servers never rotate its refresh token at once.
   */
  Optional<Grant> lockById(long id);

  /** Grants of a kind held for the account with this user principal name, newest first. */
  List<Grant> listByAccountUpn(String upn, GrantKind kind);

  /** The grants for a mailbox, most recently changed first. */
  List<Grant> listByMailbox(Mailbox mailbox);

  /** The grants in a status, longest unchanged first. */
  List<Grant> listByStatus(GrantStatus status);

  void add(Grant grant);

  /** Deletes the grant; its secret is gone for good. */
  void remove(Grant grant);
}
