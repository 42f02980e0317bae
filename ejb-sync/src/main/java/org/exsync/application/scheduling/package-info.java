/**
 * Rank scheduling: one persistent EJB timer per rank, ticks that claim a rank's due links with
 * leases so that no two servers run a link at once, the throttle governor that spends each budget
 * owner's Exchange and SuperOffice capacity, run control and live status for the admin pages, and
 * the SuperOffice webhook intake. The sync of one link sits behind {@link
 * org.exsync.application.scheduling.LinkRun}. Depends on the domain and on the SuperOffice webhook
 * verifier.
 */
package org.exsync.application.scheduling;
