/**
 * The Exchange mailbox Exsync writes to, with the endpoint and protocol that reach it, and its
 * repository. Depends only on the shared domain types.
 */
package org.exsync.domain.mailbox;
