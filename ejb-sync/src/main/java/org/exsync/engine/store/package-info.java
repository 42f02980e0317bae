/**
 * The store seam: what the engine remembers between runs (item mappings with the hashes and
 * snapshots last synced, cursors per sync pair) and the one atomic commit per batch that keeps a
 * crash from losing or duplicating anything. The JPA implementation lives in infrastructure; the
 * engine's tests use an in-memory one. Depends on the JDK, the ports and the domain's plain enums.
 */
package org.exsync.engine.store;
