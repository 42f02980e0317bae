/**
 * The grant: how Exsync may act on a mailbox, with its encrypted secret and its health, and its
 * repository. Depends on the mailbox aggregate and the shared domain types.
 */
package org.exsync.domain.grant;
