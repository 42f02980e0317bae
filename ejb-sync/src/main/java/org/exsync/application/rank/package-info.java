/**
 * The admin's list of ranks: create, edit and see how many links each holds. The rank timers that
 * run the links live in the scheduling package and read the ranks from the database.
 */
package org.exsync.application.rank;
