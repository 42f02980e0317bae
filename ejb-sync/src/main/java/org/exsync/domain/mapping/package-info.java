/**
 * What Exsync remembers between runs of a link, per sync pair (a link, an item kind and a scope):
 * one item mapping per synced item pair and one cursor per pair; and what it leaves for an admin:
 * conflicts with both versions, tombstones of ended mappings, and alerts of runs that stopped
 * themselves. Depends only on the shared domain types.
 */
package org.exsync.domain.mapping;
