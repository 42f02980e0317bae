/**
 * The engine's decisions, without any reads or writes: how each side of an item pair changed, the
 * one decision matrix over both, initial matching, the window, booking and conflict rules, the
 * field-level merge and the mass-delete guard. Depends on the canonical items, the ports' value
 * types and the store's records.
 */
package org.exsync.engine.plan;
