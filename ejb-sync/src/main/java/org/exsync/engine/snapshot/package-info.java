/**
 * A deterministic text form of canonical items, stored with each mapping as the snapshot of what
 * was last synced (the base of a field-level merge) and with each conflict as both versions. Equal
 * items always give equal text; the form starts with its type and version. Depends on the JDK and
 * the canonical items only.
 */
package org.exsync.engine.snapshot;
