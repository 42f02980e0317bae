package org.exsync.engine.store;

/** Why a mapping ended. */
public enum TombstoneReason {
  /** Deleted in SuperOffice, so deleted in Exchange. */
  DELETED_IN_CRM,
  /** Deleted in Exchange, so deleted in SuperOffice. */
  DELETED_IN_EXCHANGE,
  /** Deleted on both sides between two runs. */
  DELETED_ON_BOTH,
  /** The item moved out of the sync window; both sides keep it, unlinked. */
  LEFT_WINDOW,
  /** The person left the selection: removed from the selection's folder, kept in SuperOffice. */
  LEFT_SELECTION
}
