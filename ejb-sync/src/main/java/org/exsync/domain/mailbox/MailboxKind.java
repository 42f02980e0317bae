package org.exsync.domain.mailbox;

/** How Exsync reaches a mailbox. */
public enum MailboxKind {
  /** Exchange Web Services on an on-premises Exchange Server. */
  EWS_ON_PREMISES,
  /** Exchange Web Services on Exchange Online, until Microsoft switches EWS off there. */
  EWS_ONLINE,
  /** Microsoft Graph, the lasting way into Exchange Online. */
  GRAPH
}
