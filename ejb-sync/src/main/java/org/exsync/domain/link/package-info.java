/**
 * The sync link between an associate and a mailbox: which item kinds it keeps in step, its rank,
 * its run state and lease, the SuperOffice selections it keeps as contacts, the record of an
 * admin's unlinking with the choice about the synced items, and their repositories. Depends on the
 * associate, mailbox and rank aggregates and the shared domain types.
 */
package org.exsync.domain.link;
