/**
 * The simulated mailboxes: folders, calendar items, tasks and contacts with their ids, change keys
 * and the change log that SyncFolderItems reads, plus recurrence expansion and seeding from a
 * {@link org.exsync.sandbox.data.SandboxWorld}. Property values are kept as the XML Exchange would
 * return, keyed by element name. Depends on the JDK, the shared sandbox data and the XML plumbing.
 */
package org.exsync.sandbox.ews.store;
