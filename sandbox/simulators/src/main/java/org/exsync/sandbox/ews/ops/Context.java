package org.exsync.sandbox.ews.ops;

import org.exsync.sandbox.ews.auth.Caller;
import org.exsync.sandbox.ews.store.MailboxDirectory;

/**
 * What an operation needs besides its request.
 *
 * @param caller who calls, on which mailbox
 * @param mailboxes the organisation's mailboxes
 * @param itemsPerRequest the most items a GetItem or CreateItem opens before further ones fail with
 *     ErrorTooManyObjectsOpened
 * @param findCountLimit the most items a FindItem returns in one page (EWSFindCountLimit)
 * @param itemsWithinTimeLimit the items of a batch the server reaches before its batch time limit;
 *     later ones fail with ErrorTimeoutExpired
 */
public record Context(
    Caller caller,
    MailboxDirectory mailboxes,
    int itemsPerRequest,
    int findCountLimit,
    int itemsWithinTimeLimit) {}
