/**
 * The rank: a tier of links with its own sync interval, share of capacity and, optionally, its own
 * Exchange service account and so its own Exchange throttling budget. Depends on nothing but the
 * shared checks.
 */
package org.exsync.domain.rank;
