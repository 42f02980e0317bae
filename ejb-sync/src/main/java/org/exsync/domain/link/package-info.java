/**
 * The sync link between an associate and a mailbox: which item kinds it keeps in step, its rank,
 * its run state and lease, and its repository. Depends on the associate, mailbox and rank
 * aggregates and the shared domain types.
 */
package org.exsync.domain.link;
