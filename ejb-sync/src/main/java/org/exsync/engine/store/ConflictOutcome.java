package org.exsync.engine.store;

/** How a conflict was settled. */
public enum ConflictOutcome {
  /** SuperOffice's version was written to Exchange. */
  CRM_KEPT,
  /** Exchange's version was written to SuperOffice. */
  EXCHANGE_KEPT,
  /** The two changes touched different fields; both were kept and written to both sides. */
  MERGED
}
