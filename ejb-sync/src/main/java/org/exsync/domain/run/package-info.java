/**
 * The record of every sync run, scheduled or manual, with its outcome and counts per side and
 * action, and its repository. Depends on the link aggregate.
 */
package org.exsync.domain.run;
