package org.exsync.domain.grant;

import java.util.List;
import java.util.Optional;
import org.exsync.domain.mailbox.Mailbox;

/** The grants Exsync holds. */
public interface GrantRepository {

  Optional<Grant> findById(long id);

  /** The grants for a mailbox, most recently changed first. */
  List<Grant> listByMailbox(Mailbox mailbox);

  /** The grants in a status, longest unchanged first. */
  List<Grant> listByStatus(GrantStatus status);

  void add(Grant grant);
}
