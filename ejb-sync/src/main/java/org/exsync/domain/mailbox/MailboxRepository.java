package org.exsync.domain.mailbox;

import java.util.List;
import java.util.Optional;

/** The Exchange mailboxes Exsync knows. */
public interface MailboxRepository {

  Optional<Mailbox> findById(long id);

  /** The mailbox with this SMTP address, in any case. */
  Optional<Mailbox> findBySmtpAddress(String smtpAddress);

  /** Every mailbox, by SMTP address. */
  List<Mailbox> listAll();

  /**
   * Stores a new mailbox.
   *
   * @throws org.exsync.domain.DuplicateEntityException if one with the same SMTP address exists
   */
  void add(Mailbox mailbox);
}
