/**
 * Runs the sync engine for one link inside the server: the mailbox's access, the SuperOffice
 * gateway, the engine's store in the database, and the run's record.
 */
package org.exsync.application.sync;
