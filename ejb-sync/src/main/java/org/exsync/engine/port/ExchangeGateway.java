package org.exsync.engine.port;

/**
 * The port to Exchange. A mailbox is opened for one job and closed after it: the session holds one
 * connection and is not thread-safe, so jobs never share one.
 */
public interface ExchangeGateway {

  ExchangeMailbox open(MailboxAccess access);
}
