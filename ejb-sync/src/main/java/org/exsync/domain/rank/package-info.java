/**
 * The rank: a tier of links with its own sync interval, share of capacity and, optionally, its own
 * service account and so its own Exchange throttling budget. Depends on the grant aggregate.
 */
package org.exsync.domain.rank;
