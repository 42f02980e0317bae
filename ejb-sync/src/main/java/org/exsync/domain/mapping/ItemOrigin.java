package org.exsync.domain.mapping;

/**
 * Where a synced item pair began, so that unlinking with removal takes out of the mailbox only what
 * Exsync put there and never an item the user made in Outlook.
 */
public enum ItemOrigin {
  /** Made in SuperOffice; Exsync created its copy in the mailbox. */
  CRM,
  /** Made in the mailbox; Exsync created its copy in SuperOffice. */
  EXCHANGE,
  /** Both sides held it before the link; the initial sync matched them. */
  BOTH,
  /** Synced before Exsync recorded origins; treated as the user's own. */
  UNKNOWN
}
