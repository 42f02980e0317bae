/**
 * Seed data shared by all simulators: one generated world of users, their appointments, tasks and
 * contacts, and SuperOffice selections, so that the associates SuperOffice lists, the mailboxes
 * Exchange holds and the accounts that can sign in belong together. Depends on the JDK only.
 */
package org.exsync.sandbox.data;
